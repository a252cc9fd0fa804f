import { splitLines, leadingSpaceLength, trailingSpaceLength, trailingWhiteLength, isSpace, type Line } from '../text/lines';
import { readMarker, type Marker } from './marker';
import {
  isTitleLine, splitMergedTitle, readDateLine, dateLineIsComplete, isDateContinuation, isSpeakerLine,
  isNoiseLine, isSalutation, partRoleOf, isPlainPartHeading, readAppendix, isShortcomingsParagraph,
  kindOf, titleYear, headingYear, isFiveYearHeading, isHtmlCommentLine,
} from './classify';
import type { OutlineNode, Paragraph, Report, ReportDocument, PartRole, NodeType, Span } from './model';

/**
 * One line as the parser sees it: indentation, markdown # and marker already read. The same object is the
 * document's Line (one object per line, not two: the parser's garbage was a tenth of a check's time).
 */
interface LineInfo extends Line {
  readonly blank: boolean;
  /** Markdown heading level, 0 for none. */
  readonly md: number;
  /** Text after indentation and markdown #, without trailing spaces. */
  readonly body: string;
  readonly bodyStart: number;
  readonly bodyEnd: number;
  readonly marker?: Marker;
  readonly comment: boolean;
}

function readLine(index: number, start: number, end: number, next: number, text: string): LineInfo {
  const lead = leadingSpaceLength(text);
  const trail = trailingSpaceLength(text);
  let bodyStart = start + lead;
  const bodyEnd = Math.max(bodyStart, end - trail);
  let body = text.slice(lead, Math.max(lead, text.length - trail));
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
  const marker = blank || comment ? undefined : readMarker(body, bodyStart);
  return { index, start, end, next, text, blank, md, body, bodyStart, bodyEnd, marker, comment };
}

function node(type: NodeType, level: number, line: number, start: number, marker?: Marker): OutlineNode {
  // Every field, optional ones included, is written here in one order: nodes then share one hidden class
  // in V8, and the rules that read them stay monomorphic (fields added later cost a deoptimisation per
  // document shape; measured on 1 MB of reports).
  return {
    type, level, line, marker, heading: '', headingRange: { start, end: start }, range: { start, end: start },
    runIn: false, inline: false, markdown: false, role: undefined, year: undefined, yearRange: undefined,
    children: [], paragraphs: [], parent: undefined,
  };
}

/** Where the title of each report stands. A later title starts a report only with a date line soon after it, or as # heading. */
function findReportStarts(infos: LineInfo[]): number[] {
  const starts: number[] = [];
  let nonBlankSeen = 0;
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i];
    if (info.blank || info.comment) continue;
    nonBlankSeen++;
    if (info.marker || info.md > 1) continue;
    const titleLike = isTitleLine(info.body) || splitMergedTitle(info.body) !== undefined;
    if (!titleLike) continue;
    if (info.md === 1 || (starts.length === 0 && nonBlankSeen <= 15) || dateLineFollows(infos, i)) starts.push(i);
  }
  return starts;
}

function dateLineFollows(infos: LineInfo[], i: number): boolean {
  if (splitMergedTitle(infos[i].body) !== undefined) return true;
  let seen = 0;
  for (let j = i + 1; j < infos.length && seen < 3; j++) {
    if (infos[j].blank) continue;
    seen++;
    if (readDateLine(infos[j].body)) return true;
  }
  return false;
}

export function parseReport(text: string): ReportDocument {
  const infos = splitLines(text, readLine);
  const starts = findReportStarts(infos);
  if (starts.length === 0) starts.push(-1);
  const reports: Report[] = [];
  const paragraphs: Paragraph[] = [];
  const numbered: OutlineNode[] = [];
  for (let r = 0; r < starts.length; r++) {
    const from = starts[r];
    const to = r + 1 < starts.length ? starts[r + 1] : infos.length;
    reports.push(new ReportBuilder(infos, from, to, paragraphs, numbered).build());
  }
  return { text, lines: infos, reports, paragraphs, numbered, memo: new Map() };
}

class ReportBuilder {
  private readonly report: Report;
  private stack: OutlineNode[];
  private inAppendix = false;
  private appendixWantsTitle = false;

  constructor(
    private readonly infos: LineInfo[],
    /** Title line, or -1 when the text has no title. */
    private readonly from: number,
    private readonly to: number,
    private readonly paragraphs: Paragraph[],
    private readonly numbered: OutlineNode[],
  ) {
    const start = from < 0 ? 0 : infos[from].start;
    const r = node('report', -1, Math.max(from, 0), start) as Report;
    r.title = '';
    r.dateLine = undefined;
    r.dateYear = undefined;
    r.dateYearRange = undefined;
    r.speaker = undefined;
    r.sessionYear = undefined;
    r.kind = 'generic';
    r.abstract = false;
    r.fiveYear = false;
    r.headerEnd = Math.max(from, 0);
    r.appendices = [];
    r.closing = [];
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
    for (; i < this.to; i++) {
      const info = this.infos[i];
      if (info.blank || info.comment) continue;
      if (i === closingLine) this.stack = [r];
      if (this.tryAppendix(info)) continue;
      if (i >= closingLine && !this.inAppendix) {
        this.addParagraph(info, r, 'body');
        r.closing.push(this.paragraphs[this.paragraphs.length - 1]);
        continue;
      }
      if (numberedParts.size > 0 && numberedParts.has(i)) {
        this.addPart(info, info.marker, true);
        continue;
      }
      if (this.tryPart(info, explicitParts)) continue;
      if (info.marker && !info.md || info.marker && info.md > 1) {
        this.addNumbered(info, explicitParts);
        continue;
      }
      if (info.md > 0) {
        this.addPart(info, undefined);
        continue;
      }
      // The shortcomings paragraph closes the review part: it belongs to the part, not its last item.
      if (isShortcomingsParagraph(info.body)) {
        while (this.stack.length > 1 && this.top().type === 'section') this.stack.pop();
        this.addParagraph(info, this.top(), 'shortcomings');
        continue;
      }
      this.addParagraph(info, this.top(), 'body');
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
    const t = this.infos[this.from];
    const merged = splitMergedTitle(t.body);
    r.title = merged !== undefined ? t.body.slice(0, merged) : t.body;
    r.heading = r.title;
    r.headingRange = { start: t.bodyStart, end: t.bodyStart + r.title.length };
    r.markdown = t.md > 0;
    r.range.end = t.bodyEnd;
    if (merged !== undefined) this.readDate(t, merged, this.from);
    let i = this.from + 1;
    let seen = 0;
    for (; i < this.to && seen < 12; i++) {
      const info = this.infos[i];
      if (info.blank || info.comment) continue;
      const s = info.body;
      if (info.marker || info.md > 1 || isSalutation(s) || isPlainPartHeading(s) || readAppendix(s)) break;
      seen++;
      if (!r.dateLine && readDateLine(s)) {
        this.readDate(info, 0, i);
        if (!dateLineIsComplete(s)) {
          const next = this.nextNonBlank(i + 1);
          if (next >= 0 && isDateContinuation(this.infos[next].body)) {
            r.dateLine!.end = this.infos[next].bodyEnd;
            i = next;
          }
        }
      } else if (!r.speaker && isSpeakerLine(s)) {
        r.speaker = { start: info.bodyStart, end: info.bodyEnd, line: i };
      } else if (!(isNoiseLine(s) || (s.length <= 30 && !/[。；！？]/.test(s)))) {
        break;
      }
      r.range.end = info.bodyEnd;
    }
    r.kind = kindOf(r.title);
    r.abstract = /摘要/.test(r.title) || (r.dateLine !== undefined && /摘要/.test(this.textOf(r.dateLine)));
    r.sessionYear = r.dateYear ?? titleYear(r.title);
    return i;
  }

  private readDate(info: LineInfo, offset: number, line: number): void {
    const r = this.report;
    const s = info.body.slice(offset);
    const lead = s.length - s.replace(/^[\s\u3000]+/, '').length;
    const d = readDateLine(s.slice(lead));
    if (!d) return;
    const start = info.bodyStart + offset + lead;
    r.dateLine = { start, end: info.bodyEnd, line };
    r.dateYear = d.year;
    r.dateYearRange = { start: start + d.yearOffset, end: start + d.yearOffset + 4 };
    // 09: the speaker follows the meeting on the same line (……会议上 陕西省省长 赵刚).
    const after = /(会议|大会)上\s*(（摘要）|\(摘要\))?[\s\u3000]+(\S.*)$/.exec(s);
    if (after && isSpeakerLine(after[3]) && !this.report.speaker) {
      const at = info.bodyEnd - after[3].length;
      this.report.speaker = { start: at, end: info.bodyEnd, line };
    }
  }

  private nextNonBlank(i: number): number {
    for (; i < this.to; i++) if (!this.infos[i].blank) return i;
    return -1;
  }

  private textOf(span: Span & { line: number }): string {
    const line = this.infos[span.line];
    return line.text.slice(span.start - line.start, span.end - line.start);
  }

  /** Word-pasted drafts and markdown drafts name parts on lines of their own; government reports number them. */
  private hasExplicitParts(from: number): boolean {
    for (let i = from; i < this.to; i++) {
      const info = this.infos[i];
      if (info.blank || info.marker || info.comment) continue;
      if (readAppendix(info.body)) return false;
      if (info.md > 0 || isPlainPartHeading(info.body)) return true;
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
    for (let i = from; i < this.to; i++) {
      const info = this.infos[i];
      if (info.blank || !info.marker || info.marker.level !== 1) continue;
      if (readAppendix(info.body)) break;
      if (info.md === 1) continue;
      const heading = info.body.slice(info.marker.end - info.bodyStart);
      level1.push({ line: i, value: info.marker.value, partLike: isPlainPartHeading(heading) });
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
    for (let i = from; i < this.to; i++) {
      const info = this.infos[i];
      if (info.blank) continue;
      if (readAppendix(info.body) && !info.marker) { end = i; break; }
      if (info.marker || info.md > 0 || isPlainPartHeading(info.body)) lastStructure = i;
    }
    for (let i = lastStructure + 1; i < end; i++) {
      if (!this.infos[i].blank && isSalutation(this.infos[i].body)) return i;
    }
    return Number.MAX_SAFE_INTEGER;
  }

  private tryAppendix(info: LineInfo): boolean {
    if (info.marker) return false;
    const a = readAppendix(info.body);
    if (!a) {
      if (this.appendixWantsTitle && this.inAppendix && info.body.length <= 40 && !/[。；，]/.test(info.body)) {
        const app = this.stack[1];
        app.heading = app.heading ? `${app.heading} ${info.body}` : info.body;
        app.headingRange = { start: app.headingRange.start, end: info.bodyEnd };
        this.addParagraph(info, app, 'heading');
        this.appendixWantsTitle = false;
        return true;
      }
      this.appendixWantsTitle = false;
      return false;
    }
    const r = this.report;
    const app = node('appendix', 0, info.index, info.bodyStart);
    app.heading = info.body;
    app.headingRange = { start: info.bodyStart, end: info.bodyEnd };
    app.range = { start: info.bodyStart, end: info.bodyEnd };
    app.parent = r;
    r.children.push(app);
    r.appendices.push(app);
    this.stack = [r, app];
    this.inAppendix = true;
    this.appendixWantsTitle = a.titleOffset >= info.body.length;
    this.extend(info.bodyEnd);
    return true;
  }

  private tryPart(info: LineInfo, explicitParts: boolean): boolean {
    if (this.inAppendix || info.marker || !explicitParts) return false;
    if (info.md === 0 && !isPlainPartHeading(info.body)) return false;
    this.addPart(info, undefined);
    return true;
  }

  /**
   * A part heading. A numbered part is level 1 when it is itself the 一、 section (government reports, items
   * （一） beneath it), and level 0 when it holds 一、 sections of its own (`holdsSections`, Word drafts).
   */
  private addPart(info: LineInfo, marker: Marker | undefined, holdsSections = false): OutlineNode {
    const r = this.report;
    this.inAppendix = false;
    const part = node('part', marker && !holdsSections ? 1 : 0, info.index, marker ? marker.start : info.bodyStart, marker);
    const headingStart = marker ? marker.end : info.bodyStart;
    const heading = info.body.slice(headingStart - info.bodyStart);
    part.heading = heading;
    part.headingRange = { start: headingStart, end: info.bodyEnd };
    part.range = { start: marker ? marker.start : info.start, end: info.bodyEnd };
    part.markdown = info.md > 0;
    part.role = partRoleOf(heading, r.sessionYear) ?? 'other';
    const y = headingYear(heading);
    if (y) {
      part.year = y.year;
      part.yearRange = { start: headingStart + y.offset, end: headingStart + y.offset + 4 };
    }
    part.parent = r;
    r.children.push(part);
    this.stack = [r, part];
    if (marker) this.numbered.push(part);
    this.addParagraph(info, part, 'heading', part);
    return part;
  }

  private addNumbered(info: LineInfo, explicitParts: boolean): void {
    const first = info.marker!;
    if (!explicitParts && first.level === 1 && !this.inAppendix) {
      const part = this.addPart(info, first);
      const seg = headingOf(info.body.slice(first.end - info.bodyStart), first.end);
      part.runIn = info.md === 0 && seg.runIn;
      if (seg.runIn) this.markBody(part);
      return;
    }
    const markers = inlineMarkers(info, first);
    let lineParagraphOwner: OutlineNode | undefined;
    for (let k = 0; k < markers.length; k++) {
      const m = markers[k];
      while (this.stack.length > 1) {
        const t = this.top();
        if (t.type === 'appendix' || t.level < m.level) break;
        this.stack.pop();
      }
      const parent = this.top();
      const s = node('section', m.level, info.index, m.start, m);
      const segEnd = k + 1 < markers.length ? separatorBefore(info, markers[k + 1]) : info.bodyEnd;
      const seg = headingOf(info.body.slice(m.end - info.bodyStart, segEnd - info.bodyStart), m.end);
      s.heading = seg.heading;
      s.headingRange = seg.range;
      // A markdown heading is a heading whatever it ends with (heading-punctuation judges the mark).
      s.runIn = info.md === 0 && (seg.runIn || markers.length > 1);
      s.inline = k > 0;
      s.markdown = info.md > 0;
      s.range = { start: m.start, end: segEnd };
      s.parent = parent;
      parent.children.push(s);
      this.numbered.push(s);
      this.stack.push(s);
      if (k === 0) lineParagraphOwner = s;
    }
    const kind = lineParagraphOwner!.runIn || markers.length > 1 ? 'body' : 'heading';
    this.addParagraph(info, lineParagraphOwner!, kind, lineParagraphOwner);
  }

  private markBody(n: OutlineNode): void {
    const p = this.paragraphs[this.paragraphs.length - 1];
    if (p && p.heads === n) p.kind = 'body';
  }

  private addParagraph(info: LineInfo, owner: OutlineNode, kind: Paragraph['kind'], heads?: OutlineNode): void {
    let k = kind;
    if (k === 'body') {
      if (isSalutation(info.body)) k = 'salutation';
      else if (info.body.length <= 40 && isNoiseLine(info.body)) k = 'noise';
    }
    const p: Paragraph = { start: info.bodyStart, end: info.bodyEnd, line: info.index, text: info.body, kind: k, heads, owner };
    if (!heads) owner.paragraphs.push(p);
    this.paragraphs.push(p);
    this.extend(info.bodyEnd);
  }

  private extend(end: number): void {
    for (const n of this.stack) if (n.range.end < end) n.range.end = end;
  }
}

const HEADING_STOP = /[。！？；;]|[：:](?=.{8})/;

/**
 * The heading of a numbered line: its lead sentence when the body follows on the same line (run-in),
 * or the term of a glossary entry (名词解释: 1.“三区三线”：农业、生态……), else the whole line.
 */
function headingOf(seg: string, segStart: number): { heading: string; range: Span; runIn: boolean } {
  const lead = leadingSpaceLength(seg);
  const text = seg.slice(lead);
  // search, not exec: the stop is one character, and exec allocated a match array per numbered line.
  const stop = text.search(HEADING_STOP);
  const at = (heading: string, runIn: boolean) => ({ heading, range: { start: segStart + lead, end: segStart + lead + heading.length }, runIn });
  if (stop >= 0) return at(text.slice(0, stop), text[stop] !== '；' && text[stop] !== ';');
  return at(text.slice(0, text.length - trailingWhiteLength(text)), false);
}

/**
 * Items run together in one paragraph: (一)强化理论武装,……;(二)坚持党的领导,……;(三)……。
 * A further marker counts only after a clause end and only as the next number of the same level.
 */
function inlineMarkers(info: LineInfo, first: Marker): Marker[] {
  const out = [first];
  if (first.level !== 2 && first.level !== 4) return out;
  const from = first.end - info.bodyStart;
  if (info.body.indexOf('（', from) < 0 && info.body.indexOf('(', from) < 0) return out;
  const re = /[;；。]\s*(?=[（(])/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(info.body))) {
    const at = m.index + m[0].length;
    const next = readMarker(info.body.slice(at), info.bodyStart + at);
    const prev = out[out.length - 1];
    if (next && next.level === prev.level && next.value === prev.value + 1) out.push(next);
  }
  return out;
}

/** The offset of the ；/; that ends the item before `next` (the separator belongs to neither heading). */
function separatorBefore(info: LineInfo, next: Marker): number {
  let at = next.start;
  const text = info.text;
  const base = info.start;
  while (at > info.bodyStart && isSpace(text.charCodeAt(at - 1 - base))) at--;
  return at > info.bodyStart && /[;；。]/.test(text[at - 1 - base]) ? at - 1 : at;
}

export type { PartRole };
