import { LineTable, leadingSpaceLength, isSpace, isTrailingSpace } from '../text/lines';
import { readMarker, type Marker } from './marker';
import {
  isTitleLine, splitMergedTitle, readDateLine, dateLineIsComplete, isDateContinuation, isSpeakerLine,
  isNoiseLine, isSalutation, partRoleOf, isPlainPartHeading, readAppendix, isShortcomingsParagraph,
  kindOf, titleYear, headingYear, isFiveYearHeading, isHtmlCommentLine,
} from './classify';
import type { ParagraphKind, ReportDocument, PartRole, Span } from './model';
import { OutlineNode, Report } from './node';
import { ParagraphTable } from './paragraphs';

const BLANK = 8, COMMENT = 16, MARKDOWN_LEVEL = 7;

/**
 * Each line as the parser sees it — indentation, markdown # and marker already read — in arrays by line
 * number. No object per line (see LineTable): the bodies are kept because paragraphs keep them anyway.
 */
class ReadLines {
  readonly length: number;
  /** Text after indentation and markdown #, without trailing spaces ('' for a blank line). */
  readonly body: string[];
  readonly bodyStart: Int32Array;
  readonly bodyEnd: Int32Array;
  readonly marker: (Marker | undefined)[];
  /** Markdown heading level (0 for none) in the low bits, then BLANK and COMMENT. */
  private readonly flags: Uint8Array;

  constructor(readonly table: LineTable) {
    const count = table.length;
    const text = table.text;
    this.length = count;
    this.body = new Array<string>(count);
    this.bodyStart = new Int32Array(count);
    this.bodyEnd = new Int32Array(count);
    this.marker = new Array<Marker | undefined>(count);
    this.flags = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      const start = table.start(i);
      const end = table.end(i);
      let bodyStart = start;
      while (bodyStart < end && isSpace(text.charCodeAt(bodyStart))) bodyStart++;
      let bodyEnd = end;
      while (bodyEnd > bodyStart && isTrailingSpace(text.charCodeAt(bodyEnd - 1))) bodyEnd--;
      let body = text.slice(bodyStart, bodyEnd);
      let markdownLevel = 0;
      const hashes = body.charCodeAt(0) === 35 ? /^(#{1,6})[ \t]+/.exec(body) : null;
      if (hashes) {
        markdownLevel = hashes[1].length;
        const skip = hashes[0].length + leadingSpaceLength(body.slice(hashes[0].length));
        body = body.slice(skip);
        bodyStart += skip;
      }
      const blank = body.length === 0 && markdownLevel === 0;
      const comment = body.charCodeAt(0) === 60 && isHtmlCommentLine(body);
      this.body[i] = body;
      this.bodyStart[i] = bodyStart;
      this.bodyEnd[i] = bodyEnd;
      this.flags[i] = markdownLevel | (blank ? BLANK : 0) | (comment ? COMMENT : 0);
      this.marker[i] = blank || comment ? undefined : readMarker(body, bodyStart);
    }
  }

  blank(i: number): boolean {
    return (this.flags[i] & BLANK) !== 0;
  }

  comment(i: number): boolean {
    return (this.flags[i] & COMMENT) !== 0;
  }

  /** Markdown heading level, 0 for none. */
  markdownLevel(i: number): number {
    return this.flags[i] & MARKDOWN_LEVEL;
  }
}

/** Where the title of each report stands. A later title starts a report only with a date line soon after it, or as # heading. */
function findReportStarts(lines: ReadLines): number[] {
  const starts: number[] = [];
  let nonBlankSeen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines.blank(i) || lines.comment(i)) continue;
    nonBlankSeen++;
    if (lines.marker[i] || lines.markdownLevel(i) > 1) continue;
    const body = lines.body[i];
    const titleLike = isTitleLine(body) || splitMergedTitle(body) !== undefined;
    if (!titleLike) continue;
    if (lines.markdownLevel(i) === 1 || (starts.length === 0 && nonBlankSeen <= 15) || dateLineFollows(lines, i)) starts.push(i);
  }
  return starts;
}

function dateLineFollows(lines: ReadLines, i: number): boolean {
  if (splitMergedTitle(lines.body[i]) !== undefined) return true;
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < 3; j++) {
    if (lines.blank(j)) continue;
    seen++;
    if (readDateLine(lines.body[j])) return true;
  }
  return false;
}

export function parseReport(text: string): ReportDocument {
  const table = new LineTable(text);
  const lines = new ReadLines(table);
  const starts = findReportStarts(lines);
  if (starts.length === 0) starts.push(-1);
  const reports: Report[] = [];
  const paragraphs = new ParagraphTable(lines.length, lines.body);
  const numbered: OutlineNode[] = [];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k];
    const to = k + 1 < starts.length ? starts[k + 1] : lines.length;
    reports.push(new ReportBuilder(lines, from, to, paragraphs, numbered).build());
  }
  return { text, lines: table, reports, paragraphs, numbered, memo: new Map() };
}

class ReportBuilder {
  private readonly report: Report;
  private stack: OutlineNode[];
  private inAppendix = false;
  private appendixWantsTitle = false;

  constructor(
    private readonly lines: ReadLines,
    /** Title line, or -1 when the text has no title. */
    private readonly from: number,
    private readonly to: number,
    private readonly paragraphs: ParagraphTable,
    private readonly numbered: OutlineNode[],
  ) {
    const report = new Report(Math.max(from, 0), from < 0 ? 0 : lines.table.start(from));
    this.report = report;
    this.stack = [report];
  }

  build(): Report {
    const report = this.report;
    let i = this.from < 0 ? 0 : this.readHeader();
    report.headerEnd = i;
    const numberedParts = this.findNumberedParts(i);
    const explicitParts = numberedParts.size > 0 || this.hasExplicitParts(i);
    const closingLine = this.findClosing(i);
    const lines = this.lines;
    for (; i < this.to; i++) {
      if (lines.blank(i) || lines.comment(i)) continue;
      if (i === closingLine) this.stack = [report];
      if (this.tryAppendix(i)) continue;
      if (i >= closingLine && !this.inAppendix) {
        report.closing.push(this.addParagraph(i, report, 'body'));
        continue;
      }
      const marker = lines.marker[i];
      const markdownLevel = lines.markdownLevel(i);
      if (numberedParts.size > 0 && numberedParts.has(i)) {
        this.addPart(i, marker, true);
        continue;
      }
      if (this.tryPart(i, explicitParts)) continue;
      if (marker && (markdownLevel === 0 || markdownLevel > 1)) {
        this.addNumbered(i, marker, explicitParts);
        continue;
      }
      if (markdownLevel > 0) {
        this.addPart(i, undefined);
        continue;
      }
      // The shortcomings paragraph closes the review part: it belongs to the part, not its last item.
      if (isShortcomingsParagraph(lines.body[i])) {
        while (this.stack.length > 1 && this.top().type === 'section') this.stack.pop();
        this.addParagraph(i, this.top(), 'shortcomings');
        continue;
      }
      this.addParagraph(i, this.top(), 'body');
    }
    report.fiveYear = report.children.some((part) => part.role === 'review' && isFiveYearHeading(part.heading)) || /换届/.test(report.title);
    return report;
  }

  private top(): OutlineNode {
    return this.stack[this.stack.length - 1];
  }

  /** Reads title, date line, speaker and web noise; returns the first line of the body. */
  private readHeader(): number {
    const report = this.report;
    const lines = this.lines;
    const titleLine = this.from;
    const title = lines.body[titleLine];
    const merged = splitMergedTitle(title);
    report.title = merged !== undefined ? title.slice(0, merged) : title;
    report.heading = report.title;
    report.headingRange = { start: lines.bodyStart[titleLine], end: lines.bodyStart[titleLine] + report.title.length };
    report.markdown = lines.markdownLevel(titleLine) > 0;
    report.range.end = lines.bodyEnd[titleLine];
    if (merged !== undefined) this.readDate(titleLine, merged);
    let i = this.from + 1;
    let seen = 0;
    for (; i < this.to && seen < 12; i++) {
      if (lines.blank(i) || lines.comment(i)) continue;
      const body = lines.body[i];
      if (lines.marker[i] || lines.markdownLevel(i) > 1 || isSalutation(body) || isPlainPartHeading(body) || readAppendix(body)) break;
      seen++;
      if (!report.dateLine && readDateLine(body)) {
        this.readDate(i, 0);
        if (!dateLineIsComplete(body)) {
          const next = this.nextNonBlank(i + 1);
          if (next >= 0 && isDateContinuation(lines.body[next])) {
            report.dateLine!.end = lines.bodyEnd[next];
            i = next;
          }
        }
      } else if (!report.speaker && isSpeakerLine(body)) {
        report.speaker = { start: lines.bodyStart[i], end: lines.bodyEnd[i], line: i };
      } else if (!(isNoiseLine(body) || (body.length <= 30 && !/[。；！？]/.test(body)))) {
        break;
      }
      report.range.end = lines.bodyEnd[i];
    }
    report.kind = kindOf(report.title);
    report.abstract = /摘要/.test(report.title) || (report.dateLine !== undefined && /摘要/.test(this.textOf(report.dateLine)));
    report.sessionYear = report.dateYear ?? titleYear(report.title);
    return i;
  }

  private readDate(line: number, offset: number): void {
    const report = this.report;
    const bodyStart = this.lines.bodyStart[line];
    const bodyEnd = this.lines.bodyEnd[line];
    const rest = this.lines.body[line].slice(offset);
    const lead = rest.length - rest.replace(/^[\s\u3000]+/, '').length;
    const date = readDateLine(rest.slice(lead));
    if (!date) return;
    const start = bodyStart + offset + lead;
    report.dateLine = { start, end: bodyEnd, line };
    report.dateYear = date.year;
    report.dateYearRange = { start: start + date.yearOffset, end: start + date.yearOffset + 4 };
    // 09: the speaker follows the meeting on the same line (……会议上 陕西省省长 赵刚).
    const after = /(会议|大会)上\s*(（摘要）|\(摘要\))?[\s\u3000]+(\S.*)$/.exec(rest);
    if (after && isSpeakerLine(after[3]) && !report.speaker) {
      const at = bodyEnd - after[3].length;
      report.speaker = { start: at, end: bodyEnd, line };
    }
  }

  private nextNonBlank(i: number): number {
    for (; i < this.to; i++) if (!this.lines.blank(i)) return i;
    return -1;
  }

  private textOf(span: Span): string {
    return this.lines.table.text.slice(span.start, span.end);
  }

  /** Word-pasted drafts and markdown drafts name parts on lines of their own; government reports number them. */
  private hasExplicitParts(from: number): boolean {
    const lines = this.lines;
    for (let i = from; i < this.to; i++) {
      if (lines.blank(i) || lines.marker[i] || lines.comment(i)) continue;
      if (readAppendix(lines.body[i])) return false;
      if (lines.markdownLevel(i) > 0 || isPlainPartHeading(lines.body[i])) return true;
    }
    return false;
  }

  /**
   * Word drafts number their parts too: 一、2022年工作回顾 / 一、加强监督 / 二、…… / 二、2023年工作设想 / 一、……
   * A level-1 line that names a part opens a numbered part when the next level-1 line restarts at 一;
   * otherwise (government reports: 一、2024年工作回顾 / 二、2025年…) every 一、 section is itself a part.
   */
  private findNumberedParts(from: number): Set<number> {
    const level1: { line: number; value: number; partLike: boolean }[] = [];
    const lines = this.lines;
    for (let i = from; i < this.to; i++) {
      const marker = lines.marker[i];
      if (!marker || marker.level !== 1) continue;
      if (readAppendix(lines.body[i])) break;
      if (lines.markdownLevel(i) === 1) continue;
      const heading = lines.body[i].slice(marker.end - lines.bodyStart[i]);
      level1.push({ line: i, value: marker.value, partLike: isPlainPartHeading(heading) });
    }
    const parts = new Set<number>();
    for (let k = 0; k + 1 < level1.length; k++) {
      if (level1[k].partLike && !level1[k + 1].partLike && level1[k + 1].value === 1) parts.add(level1[k].line);
    }
    // Once the draft numbers its parts, every part-like level-1 line is one, even one with no sections yet.
    if (parts.size > 0) for (const entry of level1) if (entry.partLike) parts.add(entry.line);
    return parts;
  }

  /** The closing starts at the first salutation after the last numbered line or part heading (appendices aside). */
  private findClosing(from: number): number {
    let lastStructure = from - 1;
    let end = this.to;
    const lines = this.lines;
    for (let i = from; i < this.to; i++) {
      if (lines.blank(i)) continue;
      if (readAppendix(lines.body[i]) && !lines.marker[i]) { end = i; break; }
      if (lines.marker[i] || lines.markdownLevel(i) > 0 || isPlainPartHeading(lines.body[i])) lastStructure = i;
    }
    for (let i = lastStructure + 1; i < end; i++) {
      if (!lines.blank(i) && isSalutation(lines.body[i])) return i;
    }
    return Number.MAX_SAFE_INTEGER;
  }

  private tryAppendix(i: number): boolean {
    const lines = this.lines;
    if (lines.marker[i]) return false;
    const body = lines.body[i];
    const appendixLine = readAppendix(body);
    if (!appendixLine) {
      if (this.appendixWantsTitle && this.inAppendix && body.length <= 40 && !/[。；，]/.test(body)) {
        const appendix = this.stack[1];
        appendix.heading = appendix.heading ? `${appendix.heading} ${body}` : body;
        appendix.headingRange = { start: appendix.headingRange.start, end: lines.bodyEnd[i] };
        this.addParagraph(i, appendix, 'heading');
        this.appendixWantsTitle = false;
        return true;
      }
      this.appendixWantsTitle = false;
      return false;
    }
    const report = this.report;
    const bodyStart = lines.bodyStart[i], bodyEnd = lines.bodyEnd[i];
    const appendix = new OutlineNode('appendix', 0, i, bodyStart, undefined, { start: bodyStart, end: bodyEnd }, { start: bodyStart, end: bodyEnd });
    appendix.heading = body;
    report.adopt(appendix);
    report.appendices.push(appendix);
    this.stack = [report, appendix];
    this.inAppendix = true;
    this.appendixWantsTitle = appendixLine.titleOffset >= body.length;
    this.extend(bodyEnd);
    return true;
  }

  private tryPart(i: number, explicitParts: boolean): boolean {
    if (this.inAppendix || this.lines.marker[i] || !explicitParts) return false;
    if (this.lines.markdownLevel(i) === 0 && !isPlainPartHeading(this.lines.body[i])) return false;
    this.addPart(i, undefined);
    return true;
  }

  /**
   * A part heading. A numbered part is level 1 when it is itself the 一、 section (government reports, items
   * （一） beneath it), and level 0 when it holds 一、 sections of its own (`holdsSections`, Word drafts).
   */
  private addPart(i: number, marker: Marker | undefined, holdsSections = false): OutlineNode {
    const report = this.report;
    const lines = this.lines;
    this.inAppendix = false;
    const bodyStart = lines.bodyStart[i], bodyEnd = lines.bodyEnd[i];
    const headingStart = marker ? marker.end : bodyStart;
    const part = new OutlineNode('part', marker && !holdsSections ? 1 : 0, i, marker ? marker.start : bodyStart, marker,
      { start: headingStart, end: bodyEnd }, { start: marker ? marker.start : lines.table.start(i), end: bodyEnd });
    const heading = lines.body[i].slice(headingStart - bodyStart);
    part.heading = heading;
    part.markdown = lines.markdownLevel(i) > 0;
    part.role = partRoleOf(heading, report.sessionYear) ?? 'other';
    const year = headingYear(heading);
    if (year) {
      part.year = year.year;
      part.yearRange = { start: headingStart + year.offset, end: headingStart + year.offset + 4 };
    }
    report.adopt(part);
    this.stack = [report, part];
    if (marker) this.numbered.push(part);
    this.addParagraph(i, part, 'heading', part);
    return part;
  }

  private addNumbered(i: number, first: Marker, explicitParts: boolean): void {
    const lines = this.lines;
    const body = lines.body[i];
    const bodyStart = lines.bodyStart[i];
    const markdownLevel = lines.markdownLevel(i);
    if (!explicitParts && first.level === 1 && !this.inAppendix) {
      const part = this.addPart(i, first);
      const runIn = readHeading(body, first.end - bodyStart, body.length).runIn;
      part.runIn = markdownLevel === 0 && runIn;
      if (runIn) this.markBody(part);
      return;
    }
    // Nearly every numbered line holds one marker: the list of further ones is made only when there are some.
    const more = inlineMarkers(body, bodyStart, first);
    const count = more ? more.length + 1 : 1;
    let lineNode: OutlineNode | undefined;
    for (let k = 0; k < count; k++) {
      const marker = k === 0 ? first : more![k - 1];
      while (this.stack.length > 1) {
        const open = this.top();
        if (open.type === 'appendix' || open.level < marker.level) break;
        this.stack.pop();
      }
      const parent = this.top();
      const segmentEnd = k + 1 < count ? separatorBefore(lines.table.text, bodyStart, more![k]) : lines.bodyEnd[i];
      const heading = readHeading(body, marker.end - bodyStart, segmentEnd - bodyStart);
      const section = new OutlineNode('section', marker.level, i, marker.start, marker,
        { start: bodyStart + heading.start, end: bodyStart + heading.end }, { start: marker.start, end: segmentEnd });
      section.heading = body.slice(heading.start, heading.end);
      // A markdown heading is a heading whatever it ends with (heading-punctuation judges the mark).
      section.runIn = markdownLevel === 0 && (heading.runIn || count > 1);
      section.inline = k > 0;
      section.markdown = markdownLevel > 0;
      parent.adopt(section);
      this.numbered.push(section);
      this.stack.push(section);
      if (k === 0) lineNode = section;
    }
    const kind = lineNode!.runIn || count > 1 ? 'body' : 'heading';
    this.addParagraph(i, lineNode!, kind, lineNode);
  }

  /** The heading line of `node` just added is a paragraph of body text too (a run-in heading). */
  private markBody(node: OutlineNode): void {
    const last = this.paragraphs.length - 1;
    if (last >= 0 && this.paragraphs.headingOf(last) === node) this.paragraphs.setKind(last, 'body');
  }

  /** Adds line i as a paragraph of `node` (the heading line of `headed`, if given); returns its number. */
  private addParagraph(i: number, node: OutlineNode, kind: ParagraphKind, headed?: OutlineNode): number {
    const lines = this.lines;
    const body = lines.body[i];
    let paragraphKind = kind;
    if (paragraphKind === 'body') {
      if (isSalutation(body)) paragraphKind = 'salutation';
      else if (body.length <= 40 && isNoiseLine(body)) paragraphKind = 'noise';
    }
    const paragraph = this.paragraphs.add(lines.bodyStart[i], lines.bodyEnd[i], i, paragraphKind, node, headed);
    this.extend(lines.bodyEnd[i]);
    return paragraph;
  }

  /** Every open node now reaches at least to `end`. */
  private extend(end: number): void {
    for (const node of this.stack) if (node.range.end < end) node.range.end = end;
  }
}

/** Where a numbered line's heading stands, as offsets in the line's body, and whether it is run-in. */
interface HeadingSpan {
  readonly start: number;
  readonly end: number;
  readonly runIn: boolean;
}

/**
 * The heading of a numbered line's segment [from, to) of its body: its lead sentence when the body follows on
 * the same line (run-in), the term of a glossary entry (名词解释: 1.“三区三线”：农业、生态……), else the whole
 * segment. Read by character code: it runs for every numbered line.
 */
function readHeading(body: string, from: number, to: number): HeadingSpan {
  let start = from;
  while (start < to && isSpace(body.charCodeAt(start))) start++;
  for (let k = start; k < to; k++) {
    const code = body.charCodeAt(k);
    // 。！？ end the lead sentence; ；/; end a heading that is not run-in (（一）……；（二）……).
    if (code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b || code === 0x3b) {
      return { start, end: k, runIn: code !== 0xff1b && code !== 0x3b };
    }
    // ：/: ends the term of a glossary entry when a definition of some length follows it.
    if ((code === 0xff1a || code === 0x3a) && definitionFollows(body, k + 1, to)) return { start, end: k, runIn: true };
  }
  let end = to;
  while (end > start && isSpace(body.charCodeAt(end - 1))) end--;
  return { start, end, runIn: false };
}

/** At least eight characters, none a line separator, in [at, to) (the /[：:](?=.{8})/ of the heading's stop). */
function definitionFollows(body: string, at: number, to: number): boolean {
  if (to - at < 8) return false;
  for (let k = at; k < at + 8; k++) {
    const code = body.charCodeAt(k);
    if (code === 0x2028 || code === 0x2029) return false;
  }
  return true;
}

/**
 * Items run together in one paragraph: (一)强化理论武装,……;(二)坚持党的领导,……;(三)……。
 * A further marker counts only after a clause end and only as the next number of the same level.
 * Returns the markers after `first`, or undefined when there are none.
 */
function inlineMarkers(body: string, bodyStart: number, first: Marker): Marker[] | undefined {
  if (first.level !== 2 && first.level !== 4) return undefined;
  const from = first.end - bodyStart;
  if (body.indexOf('（', from) < 0 && body.indexOf('(', from) < 0) return undefined;
  const clauseEnd = /[;；。]\s*(?=[（(])/g;
  clauseEnd.lastIndex = from;
  let out: Marker[] | undefined;
  let prev = first;
  let separator: RegExpExecArray | null;
  while ((separator = clauseEnd.exec(body))) {
    const at = separator.index + separator[0].length;
    const next = readMarker(body.slice(at), bodyStart + at);
    if (next && next.level === prev.level && next.value === prev.value + 1) {
      (out ??= []).push(next);
      prev = next;
    }
  }
  return out;
}

/** The offset of the ；/; that ends the item before `next` (the separator belongs to neither heading). */
function separatorBefore(text: string, bodyStart: number, next: Marker): number {
  let at = next.start;
  while (at > bodyStart && isSpace(text.charCodeAt(at - 1))) at--;
  if (at <= bodyStart) return at;
  const code = text.charCodeAt(at - 1);
  return code === 0x3b || code === 0xff1b || code === 0x3002 ? at - 1 : at;
}

export type { PartRole };
