/** Where each rule's documentation lives: every diagnostic's code description and SARIF helpUri link here. */
export const RULES_DOC_URL = 'https://github.com/workreport/workreport/blob/main/docs/rules.md';
