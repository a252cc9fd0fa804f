import type { ParseOptions } from '../text/codeUnits';
import { LineTable, leadingSpaceLength, isSpace, isTrailingSpace } from '../text/lines';
import { readMarker, type Marker } from './marker';
import {
  isTitleLine, splitMergedTitle, readDateLine, dateLineIsComplete, isDateContinuation, isSpeakerLine,
  isNoiseLine, isSalutation, isPlainPartHeading, readAppendix, kindOf, isHtmlCommentLine,
} from './classify';
import { assignRoles, isShortcomingsParagraph, partsOf, shortcomingsLead } from './roles';
import { annualYear, documentYearSources, majorityYear } from './sessionYear';
import type { ParagraphKind, ReportDocument, PartRole, Span } from './model';
import { OutlineNode, Report } from './node';
import { ParagraphTable } from './paragraphs';
import { sequenceBreaks, itself } from './sequence';

const BLANK = 8, COMMENT = 16, MARKDOWN_LEVEL = 7;
/** A passage's level: below every numbered level (see OutlineNode.level). */
const PASSAGE_LEVEL = 6;

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

/** How many numbered children a node has (a plan part lists many tasks). */
function countNumbered(n: OutlineNode): number {
  let k = 0;
  for (let j = 0; j < n.children.length; j++) if (n.children[j].marker) k++;
  return k;
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

export function parseReport(text: string, options: ParseOptions = {}): ReportDocument {
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
  return { text, lines: table, reports, paragraphs, numbered, memo: new Map(), codeUnits: options.codeUnits };
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
    const r = this.report;
    let i = this.from < 0 ? 0 : this.readHeader();
    r.headerEnd = i;
    const numberedParts = this.findNumberedParts(i);
    const explicitParts = numberedParts.size > 0 || this.hasExplicitParts(i);
    const closingLine = this.findClosing(i);
    const lines = this.lines;
    for (; i < this.to; i++) {
      if (lines.blank(i) || lines.comment(i)) continue;
      if (i === closingLine) this.stack = [r];
      if (this.tryAppendix(i)) continue;
      if (i >= closingLine && !this.inAppendix) {
        r.closing.push(this.addParagraph(i, r, 'body'));
        continue;
      }
      const marker = lines.marker[i];
      const md = lines.markdownLevel(i);
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
      if (isShortcomingsParagraph(lines.body[i])) {
        this.addShortcomings(i);
        continue;
      }
      // The shortcomings passage runs on over the paragraphs that follow it, to the next heading or salutation.
      if (this.top().type === 'passage' && isSalutation(lines.body[i])) this.stack.pop();
      this.addParagraph(i, this.top(), 'body');
    }
    this.settleRolesAndYear();
    return r;
  }

  /**
   * Roles need the year the header states (2026年主要工作 is the plan in 2026), and the plan part's heading
   * is itself a source of the year: header year first, then roles, then the session year from all sources.
   */
  private settleRolesAndYear(): void {
    const r = this.report;
    r.yearSources = documentYearSources(r);
    const parts = partsOf(r);
    const facts = parts.map((p) => ({ heading: p.heading, year: p.year, items: countNumbered(p) }));
    const roles = assignRoles(facts, majorityYear(r.yearSources));
    for (let k = 0; k < parts.length; k++) parts[k].role = roles[k];
    const plan = parts.find((p) => p.role === 'plan');
    if (plan?.year !== undefined && plan.yearRange) r.yearSources.push({ kind: 'plan', year: plan.year, range: plan.yearRange });
    r.sessionYear = majorityYear(r.yearSources);
  }

  /**
   * The shortcomings paragraph closes the review: a node of the part (not of its last item), role
   * `shortcomings`, shown in the outline under its first sentence. A second one in a row joins it.
   */
  private addShortcomings(i: number): void {
    const lines = this.lines;
    while (this.stack.length > 1 && this.top().type === 'section') this.stack.pop();
    if (this.top().type !== 'passage') {
      const start = lines.bodyStart[i];
      const lead = shortcomingsLead(lines.body[i]);
      const passage = new OutlineNode('passage', PASSAGE_LEVEL, i, start, undefined, { start: start + lead.start, end: start + lead.end }, { start, end: lines.bodyEnd[i] });
      passage.heading = lines.body[i].slice(lead.start, lead.end);
      passage.role = 'shortcomings';
      this.top().adopt(passage);
      this.stack.push(passage);
    }
    this.addParagraph(i, this.top(), 'shortcomings');
  }

  private top(): OutlineNode {
    return this.stack[this.stack.length - 1];
  }

  /** Reads title, date line, speaker and web noise; returns the first line of the body. */
  private readHeader(): number {
    const r = this.report;
    const lines = this.lines;
    const t = this.from;
    const title = lines.body[t];
    const merged = splitMergedTitle(title);
    r.title = merged !== undefined ? title.slice(0, merged) : title;
    r.heading = r.title;
    r.headingRange = { start: lines.bodyStart[t], end: lines.bodyStart[t] + r.title.length };
    r.markdown = lines.markdownLevel(t) > 0;
    r.range.end = lines.bodyEnd[t];
    if (merged !== undefined) this.readDate(t, merged);
    let i = this.from + 1;
    let seen = 0;
    for (; i < this.to && seen < 12; i++) {
      if (lines.blank(i) || lines.comment(i)) continue;
      const s = lines.body[i];
      if (lines.marker[i] || lines.markdownLevel(i) > 1 || isSalutation(s) || isPlainPartHeading(s) || readAppendix(s)) break;
      seen++;
      if (!r.dateLine && readDateLine(s)) {
        this.readDate(i, 0);
        if (!dateLineIsComplete(s)) {
          const next = this.nextNonBlank(i + 1);
          if (next >= 0 && isDateContinuation(lines.body[next])) {
            r.dateLine!.end = lines.bodyEnd[next];
            i = next;
          }
        }
      } else if (!r.speaker && isSpeakerLine(s)) {
        r.speaker = { start: lines.bodyStart[i], end: lines.bodyEnd[i], line: i };
      } else if (!(isNoiseLine(s) || (s.length <= 30 && !/[。；！？]/.test(s)))) {
        break;
      }
      r.range.end = lines.bodyEnd[i];
    }
    r.kind = kindOf(r.title);
    r.abstract = /摘要/.test(r.title) || (r.dateLine !== undefined && /摘要/.test(this.textOf(r.dateLine)));
    return i;
  }

  private readDate(line: number, offset: number): void {
    const r = this.report;
    const bodyStart = this.lines.bodyStart[line];
    const bodyEnd = this.lines.bodyEnd[line];
    const s = this.lines.body[line].slice(offset);
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
      // Appendices number their own lists (附件1 / 一、…十、): those 一、 restart nothing of the report's.
      if (!marker && readAppendix(lines.body[i])) break;
      if (!marker || marker.level !== 1) continue;
      if (lines.markdownLevel(i) === 1) continue;
      const heading = lines.body[i].slice(marker.end - lines.bodyStart[i]);
      level1.push({ line: i, value: marker.value, partLike: isPlainPartHeading(heading) });
    }
    const parts = new Set<number>();
    for (let k = 0; k + 1 < level1.length; k++) {
      if (level1[k].partLike && !level1[k + 1].partLike && level1[k + 1].value === 1) parts.add(level1[k].line);
    }
    // Once the draft numbers its parts, every part-like level-1 line is one, even one with no sections yet.
    if (parts.size > 0) for (const l of level1) if (l.partLike) parts.add(l.line);
    // 一、2024年工作回顾 / 一、2025年总体要求 / 三、2025年工作任务 is a repeated number, not a restart: the
    // nesting is kept only where it makes the numbers count better than one flat run of sections does.
    if (parts.size > 0 && countBreaks(level1, parts) >= countBreaks(level1)) parts.clear();
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
    const a = readAppendix(body);
    if (!a) {
      if (this.appendixWantsTitle && this.inAppendix && body.length <= 40 && !/[。；，]/.test(body)) {
        const app = this.stack[1];
        app.heading = app.heading ? `${app.heading} ${body}` : body;
        app.headingRange = { start: app.headingRange.start, end: lines.bodyEnd[i] };
        this.addParagraph(i, app, 'heading');
        this.appendixWantsTitle = false;
        return true;
      }
      this.appendixWantsTitle = false;
      return false;
    }
    const r = this.report;
    const bodyStart = lines.bodyStart[i], bodyEnd = lines.bodyEnd[i];
    const app = new OutlineNode('appendix', 0, i, bodyStart, undefined, { start: bodyStart, end: bodyEnd }, { start: bodyStart, end: bodyEnd });
    app.heading = body;
    app.role = 'appendix';
    r.adopt(app);
    r.appendices.push(app);
    this.stack = [r, app];
    this.inAppendix = true;
    this.appendixWantsTitle = a.titleOffset >= body.length;
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
    const r = this.report;
    const lines = this.lines;
    this.inAppendix = false;
    const bodyStart = lines.bodyStart[i], bodyEnd = lines.bodyEnd[i];
    const headingStart = marker ? marker.end : bodyStart;
    const part = new OutlineNode('part', marker && !holdsSections ? 1 : 0, i, marker ? marker.start : bodyStart, marker,
      { start: headingStart, end: bodyEnd }, { start: marker ? marker.start : lines.table.start(i), end: bodyEnd });
    const heading = lines.body[i].slice(headingStart - bodyStart);
    part.heading = heading;
    part.markdown = lines.markdownLevel(i) > 0;
    const y = annualYear(heading);
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
    const lines = this.lines;
    const body = lines.body[i];
    const bodyStart = lines.bodyStart[i];
    const md = lines.markdownLevel(i);
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
      const segEnd = k + 1 < count ? separatorBefore(lines.table.text, bodyStart, more![k]) : lines.bodyEnd[i];
      const headingSpan = readHeading(body, m.end - bodyStart, segEnd - bodyStart);
      const runIn = headingSpan.runIn;
      const s = new OutlineNode('section', m.level, i, m.start, m, { start: bodyStart + headingSpan.start, end: bodyStart + headingSpan.end }, { start: m.start, end: segEnd });
      s.heading = body.slice(headingSpan.start, headingSpan.end);
      // A markdown heading is a heading whatever it ends with (heading-punctuation judges the mark).
      s.runIn = md === 0 && (runIn || count > 1);
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
    if (last >= 0 && this.paragraphs.headingOf(last) === n) this.paragraphs.setKind(last, 'body');
  }

  /** Adds line i as a paragraph of `owner` (the heading line of `heads`, if given); returns its number. */
  private addParagraph(i: number, owner: OutlineNode, kind: ParagraphKind, heads?: OutlineNode): number {
    const lines = this.lines;
    const body = lines.body[i];
    let k = kind;
    if (k === 'body') {
      if (isSalutation(body)) k = 'salutation';
      else if (body.length <= 40 && isNoiseLine(body)) k = 'noise';
    }
    const p = this.paragraphs.add(lines.bodyStart[i], lines.bodyEnd[i], i, k, owner, heads);
    this.extend(lines.bodyEnd[i]);
    return p;
  }

  private extend(end: number): void {
    for (const n of this.stack) if (n.range.end < end) n.range.end = end;
  }
}

/**
 * How many numbers of the level-1 lines break their count (a run that does not start at 一 counts as one): read
 * flat, as one run of sections, or nested, as numbered parts with runs of sections before and under each.
 */
function countBreaks(level1: readonly { line: number; value: number }[], parts?: ReadonlySet<number>): number {
  const breaks = (values: readonly number[]) => (values.length > 0 && values[0] !== 1 ? 1 : 0) + sequenceBreaks(values, itself).length;
  if (!parts) return breaks(level1.map((l) => l.value));
  const partValues: number[] = [];
  let sections: number[] = [];
  let total = 0;
  for (const l of level1) {
    if (!parts.has(l.line)) {
      sections.push(l.value);
      continue;
    }
    total += breaks(sections);
    sections = [];
    partValues.push(l.value);
  }
  return total + breaks(sections) + breaks(partValues);
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
