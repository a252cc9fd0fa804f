import type { LineTable } from '../text/lines';
import type { Marker } from './marker';
import type { YearSource } from './sessionYear';

/** Offsets into the document text (UTF-16 code units), end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * What a part is for (decided in parse/roles.ts; docs/rules.md#part-roles): `review` the annual review (also
 * when combined with the five-year one), `five-year` a five-year review or plan that is not the annual one,
 * `goals` 总体要求/政策取向/预期目标, `plan` the annual tasks, `self-building` 政府自身建设 and the like, `closing`,
 * `appendix`, `shortcomings` (the shortcomings paragraph, or a part naming them), `other` a part none of these.
 * A report has at most one `review` and one `plan`. The ids are stable: JSON output and settings use them.
 */
export type PartRole = 'review' | 'five-year' | 'goals' | 'plan' | 'self-building' | 'closing' | 'appendix' | 'shortcomings' | 'other';
export type ProfileId = 'npc' | 'cppcc' | 'government' | 'court' | 'procuratorate' | 'generic';

/**
 * What a paragraph is to the report. Only `body` paragraphs are prose the author wrote as running text;
 * the others are recognised for what they are (a salutation, a web page's noise) so rules leave them alone.
 */
export type ParagraphKind = 'body' | 'salutation' | 'shortcomings' | 'noise' | 'heading';

/**
 * The paragraphs of a document in document order, read by paragraph number (0 to length - 1). A paragraph is
 * a line with text outside the report's header; its text is the line without indentation and trailing spaces,
 * and start/end delimit exactly that text. Kept as columns, not an object each (see ParagraphTable).
 */
export interface Paragraphs {
  readonly length: number;
  start(i: number): number;
  end(i: number): number;
  /** 0-based line. */
  line(i: number): number;
  text(i: number): string;
  kind(i: number): ParagraphKind;
  /** The numbered node or part whose heading stands on the paragraph's line, if any. */
  heads(i: number): OutlineNode | undefined;
  /** The node the paragraph belongs to. */
  owner(i: number): OutlineNode;
  /** The paragraph holding an offset (its start <= offset <= its end), or -1. */
  at(offset: number): number;
}

/** `passage`: a paragraph the outline shows as a node of its own (the shortcomings paragraph, role `shortcomings`). */
export type NodeType = 'report' | 'part' | 'section' | 'appendix' | 'passage';

/**
 * One node of the outline. Sections carry a marker; a part carries one too when it is itself a
 * numbered section (一、2024年工作回顾 in government reports: one node, two roles).
 */
export interface OutlineNode {
  readonly type: NodeType;
  /**
   * Outline depth of the marker (1-5); 0 for parts that hold 一、 sections (numbered or not) and appendices,
   * -1 for reports. A part that is itself the 一、 section (government reports) is 1. A passage is 6: below
   * every numbered level, so any numbered line ends it.
   */
  readonly level: number;
  readonly marker?: Marker;
  /** The heading text without marker, markdown # or run-in body. */
  heading: string;
  headingRange: Span;
  /** From the heading line to the end of the node's last content. */
  range: Span;
  /** 0-based line of the heading. */
  readonly line: number;
  /** A heading that is the lead sentence of its paragraph (（二）多角度切入。常委会注重……) or ends in 。. */
  runIn: boolean;
  /** The item shares its line with an earlier sibling: (一)……；(二)……；(三)……。 */
  inline: boolean;
  /** A markdown heading line (# …). */
  markdown: boolean;
  /** Parts, appendices and the shortcomings passage have one; sections have none. */
  role?: PartRole;
  /** The annual year a part heading names (2025年和“十四五”时期工作回顾 -> 2025; never a range or 2035年远景目标). */
  year?: number;
  yearRange?: Span;
  children: OutlineNode[];
  parent?: OutlineNode;
}

export interface HeaderLine extends Span {
  readonly line: number;
}

export interface Report extends OutlineNode {
  readonly type: 'report';
  title: string;
  /** The date and meeting line (——2025年3月5日在……上), possibly over two lines. */
  dateLine?: HeaderLine;
  /** The year in the date line. */
  dateYear?: number;
  dateYearRange?: Span;
  speaker?: HeaderLine;
  /**
   * Session year Y as the document states it: the year most of `yearSources` name (a tie goes to the date
   * line, then the title). With the configured year too, and whether the sources agree: sessionYearOf().
   */
  sessionYear?: number;
  /** Where the document names Y: date line, title (when it names one year), the plan part's heading. */
  yearSources: YearSource[];
  kind: ProfileId;
  /** The date line says 摘要: headings may stand without their bodies. */
  abstract: boolean;
  /** A five-year (换届) review: 过去五年 / “十四五”时期. */
  fiveYear: boolean;
  /** Header lines: title, date, speaker, noise — never body text. */
  headerEnd: number;
  appendices: OutlineNode[];
  /** Closing exhortations (各位代表！……) after the last numbered section. */
  closing: number[];
}

export interface ReportDocument {
  readonly text: string;
  readonly lines: LineTable;
  readonly reports: Report[];
  /** Every paragraph in document order, whatever node it belongs to. */
  readonly paragraphs: Paragraphs;
  /** Every numbered node in document order. */
  readonly numbered: OutlineNode[];
  /** Facts derived from the parse that several rules read, computed on first use: see `memoize`. */
  readonly memo: Map<symbol, unknown>;
}

/**
 * Computes a fact about a document once, the first time a rule asks for it, and keeps it on the document.
 * Not in a WeakMap keyed by the document: V8's minor GC keeps a WeakMap's young entries alive, so every
 * checked document was promoted to the old generation (measured: 2 MB retained per 1 MB check after a
 * minor GC, and scavenges of 3-4 ms).
 */
export function memoize<T>(doc: ReportDocument, key: symbol, make: () => T): T {
  if (doc.memo.has(key)) return doc.memo.get(key) as T;
  const value = make();
  doc.memo.set(key, value);
  return value;
}
