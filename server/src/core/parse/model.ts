import type { CodeUnitWriter } from '../text/codeUnits';
import type { LineTable } from '../text/lines';
import type { OutlineNode, Report } from './node';

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
  start(paragraph: number): number;
  end(paragraph: number): number;
  /** 0-based line. */
  line(paragraph: number): number;
  text(paragraph: number): string;
  kind(paragraph: number): ParagraphKind;
  /** The numbered node or part whose heading stands on the paragraph's line, if any. */
  headingOf(paragraph: number): OutlineNode | undefined;
  /** The node the paragraph belongs to. */
  nodeOf(paragraph: number): OutlineNode;
  /** The paragraph holding an offset (its start <= offset <= its end), or -1. */
  at(offset: number): number;
}

/** `passage`: a paragraph the outline shows as a node of its own (the shortcomings paragraph, role `shortcomings`). */
export type NodeType = 'report' | 'part' | 'section' | 'appendix' | 'passage';

export interface HeaderLine extends Span {
  readonly line: number;
}

export { OutlineNode, Report } from './node';

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
  /** The host's fast copy of the text's code units, when it has one (parseReport's options). */
  readonly codeUnits?: CodeUnitWriter;
}

/**
 * Computes a fact about a document once, the first time a rule asks for it, and keeps it on the document.
 * Not in a WeakMap keyed by the document, which kept every checked document alive (docs/performance.md).
 */
export function memoize<T>(doc: ReportDocument, key: symbol, make: () => T): T {
  if (doc.memo.has(key)) return doc.memo.get(key) as T;
  const value = make();
  doc.memo.set(key, value);
  return value;
}
