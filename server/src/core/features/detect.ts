import { isTitleLine, readDateLine, splitMergedTitle } from '../parse/classify';

/**
 * Whether a markdown or plain-text document is a work report: within its first lines, a title ending in
 * 工作报告, or one ending in 报告 with a date+meeting line after it. Other documents are left alone.
 */
export function looksLikeReport(text: string): boolean {
  const head = text.slice(0, 4000).split(/\r\n|\r|\n/).map((l) => l.replace(/^[\s\u3000\ufeff#]+/, '').trim()).filter(Boolean).slice(0, 15);
  for (let i = 0; i < head.length; i++) {
    const s = head[i];
    if (!(isTitleLine(s) || splitMergedTitle(s) !== undefined)) continue;
    if (/工作报告/.test(s)) return true;
    if (splitMergedTitle(s) !== undefined) return true;
    if (head.slice(i + 1, i + 4).some((l) => readDateLine(l))) return true;
  }
  return false;
}
