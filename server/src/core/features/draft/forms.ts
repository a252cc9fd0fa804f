import type { OutlineNode, ReportDocument } from '../../parse/model';
import { markerWithValue } from '../../parse/renumber';
import { annualYear } from '../../parse/sessionYear';

/**
 * The source's own forms, for the draft to write its headings in: its markdown hashes (or none), its markers
 * (（一） or (一), 一、) renumbered for the draft's order. Only the form is taken; the words are the draft's.
 */

/** The markdown hashes of a node's heading line with their space (“### ”), or '' for a plain line. */
export function hashesOf(doc: ReportDocument, node: OutlineNode): string {
  if (!node.markdown) return '';
  const lineStart = doc.text.lastIndexOf('\n', node.headingRange.start - 1) + 1;
  const m = /^[ \t]*(#{1,6})/.exec(doc.text.slice(lineStart, node.headingRange.start));
  return m ? `${m[1]} ` : '';
}

/** A heading line in the form of `like` (its hashes, its marker with the value `n`), holding `heading`. */
export function headingLike(doc: ReportDocument, like: OutlineNode | undefined, n: number, heading: string): string {
  if (!like) return heading;
  return hashesOf(doc, like) + (like.marker ? markerWithValue(like.marker, n) : '') + heading;
}

/** The heading with its annual year (not a range's, not 2035年远景目标) set to `year`; unchanged when it names none. */
export function withAnnualYear(heading: string, year: number): string {
  const at = annualYear(heading);
  return at ? heading.slice(0, at.offset) + String(year) + heading.slice(at.offset + 4) : heading;
}

/** Every year written 2025年 in [from - 1, from] moved on by one: the years a text of year `from` speaks of as its own. */
export function yearsMovedOn(s: string, from: number): string {
  return s.replace(/(?<!\d)(\d{4})(?=年)/g, (y) => (Number(y) >= from - 1 && Number(y) <= from ? String(Number(y) + 1) : y));
}

/**
 * The date line for next year's meeting: the year moved on, the day and the session's ordinal left to fill
 * (×, as offices write what is not yet known), and nothing else carried: not （摘要）, which says what this
 * year's publication was.
 */
export function nextDateLine(line: string, next: number): string {
  return line
    .replace(/\s*[\r\n]+\s*/g, '')
    .replace(/[（(]\s*摘要\s*[）)]/g, '')
    .replace(/(?<!\d)\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/, `${next}年×月×日`)
    .replace(/第[一二三四五六七八九十]+次(会议|全体会议)/, '第×次$1')
    .trimEnd();
}
