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

const BLANK = 8, COMMENT = 16, MD_LEVEL = 7;

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
    const n = table.length;
    const text = table.text;
    this.length = n;
    this.body = new Array<string>(n);
    this.bodyStart = new Int32Array(n);
    this.bodyEnd = new Int32Array(n);
    this.marker = new Array<Marker | undefined>(n);
    this.flags = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const start = table.start(i);
      const end = table.end(i);
      let bodyStart = start;
      while (bodyStart < end && isSpace(text.charCodeAt(bodyStart))) bodyStart++;
      let bodyEnd = end;
      while (bodyEnd > bodyStart && isTrailingSpace(text.charCodeAt(bodyEnd - 1))) bodyEnd--;
      let body = text.slice(bodyStart, bodyEnd);
      let md = 0;
      const h = body.charCodeAt(0) === 35 ? /^(#{1,6})[ \t]+/.exec(body) : null;
      if (h) {
        md = h[1].length;
        const skip = h[0].length + leadingSpaceLength(body.slice(h[0].length));
        body = body.slice(skip);
        bodyStart += skip;
      }
      const blank = body.length === 0 && md === 0;
      const comment = body.charCodeAt(0) === 60 && isHtmlCommentLine(body);
      this.body[i] = body;
      this.bodyStart[i] = bodyStart;
      this.bodyEnd[i] = bodyEnd;
      this.flags[i] = md | (blank ? BLANK : 0) | (comment ? COMMENT : 0);
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
  md(i: number): number {
    return this.flags[i] & MD_LEVEL;
  }
}

/** Where the title of each report stands. A later title starts a report only with a date line soon after it, or as # heading. */
function findReportStarts(L: ReadLines): number[] {
  const starts: number[] = [];
  let nonBlankSeen = 0;
  for (let i = 0; i < L.length; i++) {
    if (L.blank(i) || L.comment(i)) continue;
    nonBlankSeen++;
    if (L.marker[i] || L.md(i) > 1) continue;
    const body = L.body[i];
    const titleLike = isTitleLine(body) || splitMergedTitle(body) !== undefined;
    if (!titleLike) continue;
    if (L.md(i) === 1 || (starts.length === 0 && nonBlankSeen <= 15) || dateLineFollows(L, i)) starts.push(i);
  }
  return starts;
}

function dateLineFollows(L: ReadLines, i: number): boolean {
  if (splitMergedTitle(L.body[i]) !== undefined) return true;
  let seen = 0;
  for (let j = i + 1; j < L.length && seen < 3; j++) {
    if (L.blank(j)) continue;
    seen++;
    if (readDateLine(L.body[j])) return true;
  }
  return false;
}

export function parseReport(text: string): ReportDocument {
  const lines = new LineTable(text);
  const L = new ReadLines(lines);
  const starts = findReportStarts(L);
  if (starts.length === 0) starts.push(-1);
  const reports: Report[] = [];
  const paragraphs = new ParagraphTable(L.length, L.body);
  const numbered: OutlineNode[] = [];
  for (let r = 0; r < starts.length; r++) {
    const from = starts[r];
    const to = r + 1 < starts.length ? starts[r + 1] : L.length;
    reports.push(new ReportBuilder(L, from, to, paragraphs, numbered).build());
  }
  return { text, lines, reports, paragraphs, numbered, memo: new Map() };
}

class ReportBuilder {
  private readonly report: Report;
  private stack: OutlineNode[];
  private inAppendix = false;
  private appendixWantsTitle = false;

  constructor(
    private readonly L: ReadLines,
    /** Title line, or -1 when the text has no title. */
    private readonly from: number,
    private readonly to: number,
    private readonly paragraphs: ParagraphTable,
    private readonly numbered: OutlineNode[],
  ) {
    const r = new Report(Math.max(from, 0), from < 0 ? 0 : L.table.start(from));
    this.report = r;
    this.stack = [r];
  }

  build(): Report {
    const r = this.report;
    let i = this.from < 0 ? 0 : this.readHeader();
    r.headerEnd = i;
    const numberedParts = this.findNumberedParts(i);
    const explicitParts = numberedParts.size > 0 || this.hasExplicitParts(i);
    const closingLine = this.findClosing(i);
    const L = this.L;
    for (; i < this.to; i++) {
      if (L.blank(i) || L.comment(i)) continue;
      if (i === closingLine) this.stack = [r];
      if (this.tryAppendix(i)) continue;
      if (i >= closingLine && !this.inAppendix) {
        r.closing.push(this.addParagraph(i, r, 'body'));
        continue;
      }
      const marker = L.marker[i];
      const md = L.md(i);
      if (numberedParts.size > 0 && numberedParts.has(i)) {
        this.addPart(i, marker, true);
        continue;
      }
      if (this.tryPart(i, explicitParts)) continue;
      if (marker && (md === 0 || md > 1)) {
        this.addNumbered(i, marker, explicitParts);
        continue;
      }
      if (md > 0) {
        this.addPart(i, undefined);
        continue;
      }
      // The shortcomings paragraph closes the review part: it belongs to the part, not its last item.
      if (isShortcomingsParagraph(L.body[i])) {
        while (this.stack.length > 1 && this.top().type === 'section') this.stack.pop();
        this.addParagraph(i, this.top(), 'shortcomings');
        continue;
      }
      this.addParagraph(i, this.top(), 'body');
    }
    r.fiveYear = r.children.some((c) => c.role === 'review' && isFiveYearHeading(c.heading)) || /换届/.test(r.title);
    return r;
  }

  private top(): OutlineNode {
    return this.stack[this.stack.length - 1];
  }

  /** Reads title, date line, speaker and web noise; returns the first line of the body. */
  private readHeader(): number {
    const r = this.report;
    const L = this.L;
    const t = this.from;
    const title = L.body[t];
    const merged = splitMergedTitle(title);
    r.title = merged !== undefined ? title.slice(0, merged) : title;
    r.heading = r.title;
    r.headingRange = { start: L.bodyStart[t], end: L.bodyStart[t] + r.title.length };
    r.markdown = L.md(t) > 0;
    r.range.end = L.bodyEnd[t];
    if (merged !== undefined) this.readDate(t, merged);
    let i = this.from + 1;
    let seen = 0;
    for (; i < this.to && seen < 12; i++) {
      if (L.blank(i) || L.comment(i)) continue;
      const s = L.body[i];
      if (L.marker[i] || L.md(i) > 1 || isSalutation(s) || isPlainPartHeading(s) || readAppendix(s)) break;
      seen++;
      if (!r.dateLine && readDateLine(s)) {
        this.readDate(i, 0);
        if (!dateLineIsComplete(s)) {
          const next = this.nextNonBlank(i + 1);
          if (next >= 0 && isDateContinuation(L.body[next])) {
            r.dateLine!.end = L.bodyEnd[next];
            i = next;
          }
        }
      } else if (!r.speaker && isSpeakerLine(s)) {
        r.speaker = { start: L.bodyStart[i], end: L.bodyEnd[i], line: i };
      } else if (!(isNoiseLine(s) || (s.length <= 30 && !/[。；！？]/.test(s)))) {
        break;
      }
      r.range.end = L.bodyEnd[i];
    }
    r.kind = kindOf(r.title);
    r.abstract = /摘要/.test(r.title) || (r.dateLine !== undefined && /摘要/.test(this.textOf(r.dateLine)));
    r.sessionYear = r.dateYear ?? titleYear(r.title);
    return i;
  }

  private readDate(line: number, offset: number): void {
    const r = this.report;
    const bodyStart = this.L.bodyStart[line];
    const bodyEnd = this.L.bodyEnd[line];
    const s = this.L.body[line].slice(offset);
    const lead = s.length - s.replace(/^[\s\u3000]+/, '').length;
    const d = readDateLine(s.slice(lead));
    if (!d) return;
    const start = bodyStart + offset + lead;
    r.dateLine = { start, end: bodyEnd, line };
    r.dateYear = d.year;
    r.dateYearRange = { start: start + d.yearOffset, end: start + d.yearOffset + 4 };
    // 09: the speaker follows the meeting on the same line (……会议上 陕西省省长 赵刚).
    const after = /(会议|大会)上\s*(（摘要）|\(摘要\))?[\s\u3000]+(\S.*)$/.exec(s);
    if (after && isSpeakerLine(after[3]) && !this.report.speaker) {
      const at = bodyEnd - after[3].length;
      this.report.speaker = { start: at, end: bodyEnd, line };
    }
  }

  private nextNonBlank(i: number): number {
    for (; i < this.to; i++) if (!this.L.blank(i)) return i;
    return -1;
  }

  private textOf(span: Span): string {
    return this.L.table.text.slice(span.start, span.end);
  }

  /** Word-pasted drafts and markdown drafts name parts on lines of their own; government reports number them. */
  private hasExplicitParts(from: number): boolean {
    const L = this.L;
    for (let i = from; i < this.to; i++) {
      if (L.blank(i) || L.marker[i] || L.comment(i)) continue;
      if (readAppendix(L.body[i])) return false;
      if (L.md(i) > 0 || isPlainPartHeading(L.body[i])) return true;
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
    const L = this.L;
    for (let i = from; i < this.to; i++) {
      const marker = L.marker[i];
      if (!marker || marker.level !== 1) continue;
      if (readAppendix(L.body[i])) break;
      if (L.md(i) === 1) continue;
      const heading = L.body[i].slice(marker.end - L.bodyStart[i]);
      level1.push({ line: i, value: marker.value, partLike: isPlainPartHeading(heading) });
    }
    const parts = new Set<number>();
    for (let k = 0; k + 1 < level1.length; k++) {
      if (level1[k].partLike && !level1[k + 1].partLike && level1[k + 1].value === 1) parts.add(level1[k].line);
    }
    // Once the draft numbers its parts, every part-like level-1 line is one, even one with no sections yet.
    if (parts.size > 0) for (const l of level1) if (l.partLike) parts.add(l.line);
    return parts;
  }

  /** The closing starts at the first salutation after the last numbered line or part heading (appendices aside). */
  private findClosing(from: number): number {
    let lastStructure = from - 1;
    let end = this.to;
    const L = this.L;
    for (let i = from; i < this.to; i++) {
      if (L.blank(i)) continue;
      if (readAppendix(L.body[i]) && !L.marker[i]) { end = i; break; }
      if (L.marker[i] || L.md(i) > 0 || isPlainPartHeading(L.body[i])) lastStructure = i;
    }
    for (let i = lastStructure + 1; i < end; i++) {
      if (!L.blank(i) && isSalutation(L.body[i])) return i;
    }
    return Number.MAX_SAFE_INTEGER;
  }

  private tryAppendix(i: number): boolean {
    const L = this.L;
    if (L.marker[i]) return false;
    const body = L.body[i];
    const a = readAppendix(body);
    if (!a) {
      if (this.appendixWantsTitle && this.inAppendix && body.length <= 40 && !/[。；，]/.test(body)) {
        const app = this.stack[1];
        app.heading = app.heading ? `${app.heading} ${body}` : body;
        app.headingRange = { start: app.headingRange.start, end: L.bodyEnd[i] };
        this.addParagraph(i, app, 'heading');
        this.appendixWantsTitle = false;
        return true;
      }
      this.appendixWantsTitle = false;
      return false;
    }
    const r = this.report;
    const bodyStart = L.bodyStart[i], bodyEnd = L.bodyEnd[i];
    const app = new OutlineNode('appendix', 0, i, bodyStart, undefined, { start: bodyStart, end: bodyEnd }, { start: bodyStart, end: bodyEnd });
    app.heading = body;
    r.adopt(app);
    r.appendices.push(app);
    this.stack = [r, app];
    this.inAppendix = true;
    this.appendixWantsTitle = a.titleOffset >= body.length;
    this.extend(bodyEnd);
    return true;
  }

  private tryPart(i: number, explicitParts: boolean): boolean {
    if (this.inAppendix || this.L.marker[i] || !explicitParts) return false;
    if (this.L.md(i) === 0 && !isPlainPartHeading(this.L.body[i])) return false;
    this.addPart(i, undefined);
    return true;
  }

  /**
   * A part heading. A numbered part is level 1 when it is itself the 一、 section (government reports, items
   * （一） beneath it), and level 0 when it holds 一、 sections of its own (`holdsSections`, Word drafts).
   */
  private addPart(i: number, marker: Marker | undefined, holdsSections = false): OutlineNode {
    const r = this.report;
    const L = this.L;
    this.inAppendix = false;
    const bodyStart = L.bodyStart[i], bodyEnd = L.bodyEnd[i];
    const headingStart = marker ? marker.end : bodyStart;
    const part = new OutlineNode('part', marker && !holdsSections ? 1 : 0, i, marker ? marker.start : bodyStart, marker,
      { start: headingStart, end: bodyEnd }, { start: marker ? marker.start : L.table.start(i), end: bodyEnd });
    const heading = L.body[i].slice(headingStart - bodyStart);
    part.heading = heading;
    part.markdown = L.md(i) > 0;
    part.role = partRoleOf(heading, r.sessionYear) ?? 'other';
    const y = headingYear(heading);
    if (y) {
      part.year = y.year;
      part.yearRange = { start: headingStart + y.offset, end: headingStart + y.offset + 4 };
    }
    r.adopt(part);
    this.stack = [r, part];
    if (marker) this.numbered.push(part);
    this.addParagraph(i, part, 'heading', part);
    return part;
  }

  private addNumbered(i: number, first: Marker, explicitParts: boolean): void {
    const L = this.L;
    const body = L.body[i];
    const bodyStart = L.bodyStart[i];
    const md = L.md(i);
    if (!explicitParts && first.level === 1 && !this.inAppendix) {
      const part = this.addPart(i, first);
      const runIn = readHeading(body, first.end - bodyStart, body.length).runIn;
      part.runIn = md === 0 && runIn;
      if (runIn) this.markBody(part);
      return;
    }
    // Nearly every numbered line holds one marker: the list of further ones is made only when there are some.
    const more = inlineMarkers(body, bodyStart, first);
    const count = more ? more.length + 1 : 1;
    let lineParagraphOwner: OutlineNode | undefined;
    for (let k = 0; k < count; k++) {
      const m = k === 0 ? first : more![k - 1];
      while (this.stack.length > 1) {
        const t = this.top();
        if (t.type === 'appendix' || t.level < m.level) break;
        this.stack.pop();
      }
      const parent = this.top();
      const segEnd = k + 1 < count ? separatorBefore(L.table.text, bodyStart, more![k]) : L.bodyEnd[i];
      const heading = readHeading(body, m.end - bodyStart, segEnd - bodyStart);
      const s = new OutlineNode('section', m.level, i, m.start, m, { start: bodyStart + heading.start, end: bodyStart + heading.end }, { start: m.start, end: segEnd });
      s.heading = body.slice(heading.start, heading.end);
      // A markdown heading is a heading whatever it ends with (heading-punctuation judges the mark).
      s.runIn = md === 0 && (heading.runIn || count > 1);
      s.inline = k > 0;
      s.markdown = md > 0;
      parent.adopt(s);
      this.numbered.push(s);
      this.stack.push(s);
      if (k === 0) lineParagraphOwner = s;
    }
    const kind = lineParagraphOwner!.runIn || count > 1 ? 'body' : 'heading';
    this.addParagraph(i, lineParagraphOwner!, kind, lineParagraphOwner);
  }

  private markBody(n: OutlineNode): void {
    const last = this.paragraphs.length - 1;
    if (last >= 0 && this.paragraphs.heads(last) === n) this.paragraphs.setKind(last, 'body');
  }

  /** Adds line i as a paragraph of `owner` (the heading line of `heads`, if given); returns its number. */
  private addParagraph(i: number, owner: OutlineNode, kind: ParagraphKind, heads?: OutlineNode): number {
    const L = this.L;
    const body = L.body[i];
    let k = kind;
    if (k === 'body') {
      if (isSalutation(body)) k = 'salutation';
      else if (body.length <= 40 && isNoiseLine(body)) k = 'noise';
    }
    const p = this.paragraphs.add(L.bodyStart[i], L.bodyEnd[i], i, k, owner, heads);
    this.extend(L.bodyEnd[i]);
    return p;
  }

  private extend(end: number): void {
    for (const n of this.stack) if (n.range.end < end) n.range.end = end;
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
    const c = body.charCodeAt(k);
    // 。！？ end the lead sentence; ；/; end a heading that is not run-in (（一）……；（二）……).
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x3b) {
      return { start, end: k, runIn: c !== 0xff1b && c !== 0x3b };
    }
    // ：/: ends the term of a glossary entry when a definition of some length follows it.
    if ((c === 0xff1a || c === 0x3a) && definitionFollows(body, k + 1, to)) return { start, end: k, runIn: true };
  }
  let end = to;
  while (end > start && isSpace(body.charCodeAt(end - 1))) end--;
  return { start, end, runIn: false };
}

/** At least eight characters, none a line separator, in [at, to) (the /[：:](?=.{8})/ of the heading's stop). */
function definitionFollows(body: string, at: number, to: number): boolean {
  if (to - at < 8) return false;
  for (let k = at; k < at + 8; k++) {
    const c = body.charCodeAt(k);
    if (c === 0x2028 || c === 0x2029) return false;
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
  const re = /[;；。]\s*(?=[（(])/g;
  re.lastIndex = from;
  let out: Marker[] | undefined;
  let prev = first;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const at = m.index + m[0].length;
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
  const c = text.charCodeAt(at - 1);
  return c === 0x3b || c === 0xff1b || c === 0x3002 ? at - 1 : at;
}

export type { PartRole };
