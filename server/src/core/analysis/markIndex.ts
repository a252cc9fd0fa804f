import { memoize, type ReportDocument, type Span } from '../parse/model';
import { codeSet, grown, isAsciiDigit } from '../text/lines';
import type { CodeUnitWriter } from '../text/codeUnits';
import { textBlocks, inOrder, Spans } from './textBlocks';

/**
 * Where the marks that typography rules care about stand, found once per document by one pass over the
 * text and shared by every rule (a loop over the text in each rule would cost more than the parse).
 * Offsets outside the checked blocks (title, date line, paragraphs) are dropped; paired and half-width marks
 * inside section markers are dropped too, since marker rules own those.
 */
export interface MarkIndex {
  /** （）“”‘’《》〔〕【】 */
  readonly paired: Int32Array;
  /** , ; : ! ? ( ) */
  readonly halfWidth: Int32Array;
  /** Runs of one doubled mark: ，， 。。 … */
  readonly doubled: Span[];
  /** 》、《 ”、“ and 、等: the offset of the 、 (sorted) */
  readonly enumerationComma: Int32Array;
  /** 年 after a digit, a Chinese numeral or a look-alike of 〇: where dates may be */
  readonly years: Int32Array;
  /** 一是： 第一、: the offset of the enumeration word */
  readonly inlineEnumeration: Int32Array;
  /** The checked blocks (paragraphs, titles, date lines) in document order: `blocks.at(offset)` finds one. */
  readonly blocks: Spans;
  /**
   * The number of the block holding an offset (or -1), for offsets asked in document order: a cursor that
   * only moves forward, not a binary search per offset.
   */
  blockCursor(): (offset: number) => number;
}

/**
 * One lookup per character in a table indexed by UTF-16 code, and work only where it hits. The table holds
 * only the rare marks (paired, half-width, 年 是 第 等), so that hits stay rare (docs/performance.md); the
 * frequent ，。、 matter only when doubled (，，), which the loop sees by comparing with the previous character,
 * or before 等, which is looked at where 等 hits.
 */
const PAIRED = 1;
const HALF_WIDTH = 2;
const TRIGGER = 4;
const HIT = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x10000);
  const mark = (chars: string, bit: number) => { for (const ch of chars) table[ch.charCodeAt(0)] |= bit; };
  mark('（）“”‘’《》〔〕【】', PAIRED);
  mark(',;:!?()', HALF_WIDTH);
  // 年 (dates), 是 (一是：), 第 (第一、) and 等 (、等).
  mark('年是第等', TRIGGER);
  return table;
})();
/** What a character is to the work at a hit: a table by UTF-16 code, as HIT (a Set's look-up was a hash probe). */
const DOUBLABLE = 1;
const NUMERAL = 2;
const ENUM_MARK = 4;
/** Look-alikes typed for 〇 in a year (二○二六 with U+25CB, 二O二六 with a Latin O, 二０二六): date-format's to flag. */
const ZERO_LOOKALIKE = 8;
const CLASS = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x10000);
  const mark = (chars: string, bit: number) => { for (const code of codeSet(chars)) table[code] |= bit; };
  // GB/T 15834-2011 5.1.6: a mark is not repeated; ,, and ;; are the same typo made with a half-width keyboard.
  mark('，。；：、！？,;', DOUBLABLE);
  mark('〇零一二三四五六七八九十', NUMERAL);
  // What follows 一是 when it enumerates: 一是：, 一是，, 一是、.
  mark('：:，,、', ENUM_MARK);
  mark('○OoＯ０0', ZERO_LOOKALIKE);
  return table;
})();
const IDEOGRAPHIC_COMMA = 0x3001;
const DENG = 0x7b49; // 等
const NIAN = 0x5e74; // 年
const SHI = 0x662f; // 是
const CLOSE_TITLE = 0x300b; // 》
const OPEN_TITLE = 0x300a; // 《
const CLOSE_QUOTE = 0x201d; // ”
const OPEN_QUOTE = 0x201c; // “
const INLINE_ORDINAL = /^第[一二三四五六七八九十]{1,3}、/;

/**
 * The span of sorted, disjoint `spans` holding each offset asked, for offsets asked in document order: the
 * index only moves forward. Spans are read as columns of numbers, one shape whatever they came from.
 */
class Cursor {
  /** The first span that does not end at or before the offsets asked so far. */
  private next = 0;
  constructor(private readonly spans: Spans) {}

  /** The number of the span holding `offset`, or -1. */
  at(offset: number): number {
    const ends = this.spans.ends;
    const count = this.spans.length;
    let next = this.next;
    while (next < count && ends[next] <= offset) next++;
    this.next = next;
    return next < count && this.spans.starts[next] <= offset ? next : -1;
  }
}

/**
 * Offsets collected in a typed array that doubles when full: its storage lies outside the heap the collector
 * copies, and a JS array grown by push left several outgrown copies on it (docs/performance.md).
 */
class Offsets {
  private items = new Int32Array(16);
  private count = 0;

  push(offset: number): void {
    if (this.count === this.items.length) this.items = grown(this.items);
    this.items[this.count++] = offset;
  }

  /** The offsets collected, in the order pushed. */
  done(): Int32Array {
    return this.items.subarray(0, this.count);
  }
}

/** What one pass collects; hits come in document order, so blocks and markers are found by forward cursors. */
class Marks {
  readonly paired = new Offsets();
  readonly halfWidth = new Offsets();
  readonly doubled: Span[] = [];
  readonly enumerationComma = new Offsets();
  readonly years = new Offsets();
  readonly inlineEnumeration = new Offsets();
  readonly blocks: Cursor;
  readonly markers: Cursor;
  constructor(readonly blockSpans: Spans, markers: Spans) {
    this.blocks = new Cursor(blockSpans);
    this.markers = new Cursor(markers);
  }
}

/**
 * The hot loop, kept apart from the bookkeeping so that V8 optimises it early and keeps it optimised. Two forms,
 * with the same hits in the same order: over the code units the host copied (when it can, see
 * text/codeUnits.ts), or over the string.
 */
function scan(text: string, out: Marks, codeUnits: CodeUnitWriter | undefined): void {
  if (codeUnits) scanUnits(text, codeUnits, out);
  else scanString(text, out);
}

function scanString(text: string, out: Marks): void {
  // The tables as locals: V8 then checks them once, not at every character as module-level bindings.
  const hits = HIT;
  const classes = CLASS;
  let previous = -1;
  for (let offset = 0; offset < text.length; offset++) {
    const code = text.charCodeAt(offset);
    const hit = hits[code];
    if (hit !== 0 || (code === previous && (classes[code] & DOUBLABLE) !== 0)) visit(text, offset, code, hit, out);
    previous = code;
  }
}

/**
 * Code units per chunk: the text is copied and read a chunk at a time, through one buffer of 64 KB that stays in
 * the processor's cache (a copy of the whole text was slower to read, and 10 MB of text would need 20 MB more).
 * Even, so that only the last chunk can end with a unit left over from the pairs.
 */
export const SCAN_CHUNK = 1 << 15;

/**
 * Reads the units two at a time, as one 32-bit word, and tests the pair at once: about three times faster than
 * charCodeAt on 1 MB (docs/performance.md). test/core/markIndex.test.ts checks both forms find the same hits.
 */
function scanUnits(text: string, write: CodeUnitWriter, out: Marks): void {
  const buffer = new ArrayBuffer(SCAN_CHUNK * 2);
  const bytes = new Uint8Array(buffer);
  const pairs = new Uint32Array(buffer);
  const units = new Uint16Array(buffer);
  const hits = HIT;
  const classes = CLASS;
  let previous = -1;
  for (let base = 0; base < text.length; base += SCAN_CHUNK) {
    const end = Math.min(text.length, base + SCAN_CHUNK);
    write(base === 0 && end === text.length ? text : text.substring(base, end), bytes);
    const count = (end - base) >> 1;
    for (let j = 0; j < count; j++) {
      const word = pairs[j];
      // Little-endian: the first unit is the low half.
      const first = word & 0xffff;
      const second = word >>> 16;
      // Nearly every pair holds no mark and no repeat: one test for both.
      if ((hits[first] | hits[second]) !== 0 || first === previous || first === second) {
        const at = base + 2 * j;
        if (hits[first] !== 0 || (first === previous && (classes[first] & DOUBLABLE) !== 0)) visit(text, at, first, hits[first], out);
        if (hits[second] !== 0 || (second === first && (classes[second] & DOUBLABLE) !== 0)) visit(text, at + 1, second, hits[second], out);
      }
      previous = second;
    }
    if ((end - base) & 1) {
      const last = units[end - base - 1];
      if (hits[last] !== 0 || (last === previous && (classes[last] & DOUBLABLE) !== 0)) visit(text, end - 1, last, hits[last], out);
      previous = last;
    }
  }
}

/** The work at a hit, out of the loop: a few thousand times per megabyte of text. */
function visit(text: string, at: number, code: number, hit: number, out: Marks): void {
  const blocks = out.blocks;
  const markers = out.markers;
  const before = text.charCodeAt(at - 1);
  if (hit === TRIGGER) {
    // 年是第等 stand mostly in running text, where they mean nothing here: the characters around them are
    // read before the block is looked up.
    if (code === DENG) {
      if (before === IDEOGRAPHIC_COMMA && blocks.at(at) >= 0) out.enumerationComma.push(at - 1);
    } else if (code === NIAN) {
      if ((isAsciiDigit(before) || (CLASS[before] & (NUMERAL | ZERO_LOOKALIKE)) !== 0) && blocks.at(at) >= 0) out.years.push(at);
    } else if (code === SHI) {
      if ((CLASS[before] & NUMERAL) !== 0 && (CLASS[text.charCodeAt(at + 1)] & ENUM_MARK) !== 0) {
        const block = blocks.at(at);
        if (block >= 0 && at > out.blockSpans.starts[block]) out.inlineEnumeration.push(at - 1);
      }
    } else if ((CLASS[text.charCodeAt(at + 1)] & NUMERAL) !== 0 && INLINE_ORDINAL.test(text.slice(at, at + 5)) && blocks.at(at) >= 0) {
      out.inlineEnumeration.push(at);
    }
    return;
  }
  // Hits outside the checked blocks (the header's noise and speaker, comments, blank lines) are dropped.
  const block = blocks.at(at);
  if (block < 0) return;
  const from = out.blockSpans.starts[block];
  if (hit !== 0) {
    if (markers.at(at) < 0) (hit === PAIRED ? out.paired : out.halfWidth).push(at);
    // 》、《 and ”、“: the closing mark of one item, a 顿号, the opening mark of the next.
    if ((code === CLOSE_TITLE || code === CLOSE_QUOTE) && text.charCodeAt(at + 1) === IDEOGRAPHIC_COMMA) {
      const after = text.charCodeAt(at + 2);
      if (after === OPEN_TITLE || after === OPEN_QUOTE) out.enumerationComma.push(at + 1);
    }
  }
  // A doubled mark: a run is reported once, from its first mark, and only when it starts in the block.
  if (code === before && (CLASS[code] & DOUBLABLE) !== 0 && text.charCodeAt(at - 2) !== code && at - 1 >= from) {
    let end = at + 1;
    while (text.charCodeAt(end) === code) end++;
    out.doubled.push({ start: at - 1, end });
  }
}

const MARKS = Symbol('markIndex');

export function markIndex(doc: ReportDocument): MarkIndex {
  return memoize(doc, MARKS, () => buildIndex(doc));
}

function buildIndex(doc: ReportDocument): MarkIndex {
  const blocks = textBlocks(doc);
  const marks = new Marks(blocks, Spans.of(inOrder(doc.numbered.map((node) => node.marker!))));
  // One loop over the whole text, not one per block: nearly all of it is checked blocks, and a hit is placed in
  // its block by a forward cursor.
  scan(doc.text, marks, doc.codeUnits);
  const blockCursor = () => {
    const cursor = new Cursor(blocks);
    return (offset: number) => cursor.at(offset);
  };
  return {
    paired: marks.paired.done(), halfWidth: marks.halfWidth.done(), doubled: marks.doubled,
    enumerationComma: marks.enumerationComma.done(), years: marks.years.done(), inlineEnumeration: marks.inlineEnumeration.done(),
    blocks, blockCursor,
  };
}
