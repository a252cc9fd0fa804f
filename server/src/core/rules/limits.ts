/** No editor shows more than this usefully; the cap keeps hostile input linear in time and output. */
export const MAX_FINDINGS_PER_RULE = 1000;
