import { parseReport } from '../parse/parser';

/** How much of a document's start is read to decide: the title and date line stand in its first lines. */
const HEAD_LENGTH = 4000;
const HEAD_LINES = 15;

/**
 * Whether a markdown or plain-text document is a work report: the parser, reading its first lines, finds a
 * report title there that names a 工作报告 or has a date+meeting line. Other documents are left alone. The
 * parser's own recognisers decide, so that a document detected is one the parser reads as a report.
 */
export function looksLikeReport(text: string): boolean {
  const doc = parseReport(head(text));
  return doc.reports.some((report) => report.title !== '' && (/工作报告/.test(report.title) || report.dateLine !== undefined));
}

/** The document's first lines that are not blank, at most HEAD_LINES of them and HEAD_LENGTH characters. */
function head(text: string): string {
  const start = text.slice(0, HEAD_LENGTH);
  const lineBreak = /\r\n|\r|\n/g;
  let seen = 0;
  let lineStart = 0;
  for (let match = lineBreak.exec(start); match; match = lineBreak.exec(start)) {
    if (start.slice(lineStart, match.index).trim() !== '' && ++seen === HEAD_LINES) return start.slice(0, match.index);
    lineStart = match.index + match[0].length;
  }
  return start;
}
