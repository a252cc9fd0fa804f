import type { OutlineNode, ParagraphKind, Paragraphs } from './model';
import { lastAtOrBefore } from '../text/lines';

const KINDS: readonly ParagraphKind[] = ['body', 'salutation', 'shortcomings', 'noise', 'heading'];
const CODE: Readonly<Record<ParagraphKind, number>> = { body: 0, salutation: 1, shortcomings: 2, noise: 3, heading: 4 };

/**
 * The paragraphs of a document as columns by paragraph number, filled by the parser. An object per paragraph
 * (a line, in these reports) was the largest part of what a parse allocated and kept alive: on 10 MB, 1.35 MB
 * of 80-byte objects, which V8's young-generation collector copied whenever it ran during a parse, and it ran
 * during most parses of 10 MB (in the benchmark, the Outline's cost per byte grew from 1 to 10 MB by 1.2-1.4x
 * the floor's growth). Offsets, lines and kinds are typed arrays, outside the heap the collector copies; a
 * paragraph's text is its line's body, which the parser has already cut.
 */
export class ParagraphTable implements Paragraphs {
  length = 0;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly lines: Int32Array;
  private readonly kinds: Uint8Array;
  private readonly headings: (OutlineNode | undefined)[];
  private readonly owners: OutlineNode[];

  /**
   * @param capacity the document's line count: a paragraph is one line, so the columns never grow.
   * @param bodies each line's text without indentation and trailing spaces, by line number.
   */
  constructor(capacity: number, private readonly bodies: readonly string[]) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.lines = new Int32Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.headings = new Array<OutlineNode | undefined>(capacity);
    this.owners = new Array<OutlineNode>(capacity);
  }

  /** Appends a paragraph; returns its number. */
  add(start: number, end: number, line: number, kind: ParagraphKind, owner: OutlineNode, heads: OutlineNode | undefined): number {
    const i = this.length++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.lines[i] = line;
    this.kinds[i] = CODE[kind];
    this.owners[i] = owner;
    this.headings[i] = heads;
    return i;
  }

  setKind(i: number, kind: ParagraphKind): void {
    this.kinds[i] = CODE[kind];
  }

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  line(i: number): number {
    return this.lines[i];
  }

  text(i: number): string {
    return this.bodies[this.lines[i]];
  }

  kind(i: number): ParagraphKind {
    return KINDS[this.kinds[i]];
  }

  heads(i: number): OutlineNode | undefined {
    return this.headings[i];
  }

  owner(i: number): OutlineNode {
    return this.owners[i];
  }

  at(offset: number): number {
    // Paragraphs are in document order and disjoint: the last one starting at or before the offset.
    const hit = lastAtOrBefore(this.starts, this.length, offset);
    return hit >= 0 && offset <= this.ends[hit] ? hit : -1;
  }
}
