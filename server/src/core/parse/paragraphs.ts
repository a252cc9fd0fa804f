import type { OutlineNode, ParagraphKind, Paragraphs } from './model';
import { lastAtOrBefore } from '../text/lines';

const KINDS: readonly ParagraphKind[] = ['body', 'salutation', 'shortcomings', 'noise', 'heading'];
const CODE: Readonly<Record<ParagraphKind, number>> = { body: 0, salutation: 1, shortcomings: 2, noise: 3, heading: 4 };

/**
 * The paragraphs of a document as columns by paragraph number, filled by the parser: offsets, lines and kinds in
 * typed arrays, not an object per paragraph, which was the largest part of what a parse allocated and kept
 * alive (docs/performance.md). A paragraph's text is its line's body, which the parser has already cut.
 */
export class ParagraphTable implements Paragraphs {
  length = 0;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly lines: Int32Array;
  private readonly kinds: Uint8Array;
  /** By paragraph: the node whose heading stands on its line, if any. */
  private readonly headed: (OutlineNode | undefined)[];
  /** By paragraph: the node it belongs to. */
  private readonly nodes: OutlineNode[];

  /**
   * @param capacity the document's line count: a paragraph is one line, so the columns never grow.
   * @param bodies each line's text without indentation and trailing spaces, by line number.
   */
  constructor(capacity: number, private readonly bodies: readonly string[]) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.lines = new Int32Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.headed = new Array<OutlineNode | undefined>(capacity);
    this.nodes = new Array<OutlineNode>(capacity);
  }

  /** Appends a paragraph; returns its number. */
  add(start: number, end: number, line: number, kind: ParagraphKind, node: OutlineNode, headed: OutlineNode | undefined): number {
    const paragraph = this.length++;
    this.starts[paragraph] = start;
    this.ends[paragraph] = end;
    this.lines[paragraph] = line;
    this.kinds[paragraph] = CODE[kind];
    this.nodes[paragraph] = node;
    this.headed[paragraph] = headed;
    return paragraph;
  }

  setKind(paragraph: number, kind: ParagraphKind): void {
    this.kinds[paragraph] = CODE[kind];
  }

  start(paragraph: number): number {
    return this.starts[paragraph];
  }

  end(paragraph: number): number {
    return this.ends[paragraph];
  }

  line(paragraph: number): number {
    return this.lines[paragraph];
  }

  text(paragraph: number): string {
    return this.bodies[this.lines[paragraph]];
  }

  kind(paragraph: number): ParagraphKind {
    return KINDS[this.kinds[paragraph]];
  }

  headingOf(paragraph: number): OutlineNode | undefined {
    return this.headed[paragraph];
  }

  nodeOf(paragraph: number): OutlineNode {
    return this.nodes[paragraph];
  }

  at(offset: number): number {
    // Paragraphs are in document order and disjoint: the last one starting at or before the offset.
    const hit = lastAtOrBefore(this.starts, this.length, offset);
    return hit >= 0 && offset <= this.ends[hit] ? hit : -1;
  }
}
