import type { ReportDocument, Span } from '../parse/model';
import { textBlocks } from './textBlocks';

/**
 * Where the marks that typography rules care about stand, found once per document by a few native scans
 * and shared by every rule (a per-character loop in each rule cost more than parsing the report).
 * Offsets outside the checked blocks (title, date line, paragraphs) and inside section markers are dropped.
 */
export interface MarkIndex {
  /** （）“”‘’《》〔〕【】 */
  readonly paired: number[];
  /** , ; : ! ? ( ) */
  readonly halfWidth: number[];
  /** Runs of one doubled mark: ，， 。。 … */
  readonly doubled: Span[];
  /** 》、《 ”、“ and 、等: the offset of the 、 (sorted) */
  readonly enumerationComma: number[];
  /** 年 after a digit or a Chinese numeral: where dates may be */
  readonly years: number[];
  /** 一是： 第一、: the offset of the enumeration word */
  readonly inlineEnumeration: number[];
  /** The checked block holding an offset. */
  blockAt(offset: number): Span | undefined;
}

/**
 * Each kind of mark is found by the cheapest native scan for it (measured on 1 MB of real reports):
 * one simple character class for the Chinese paired marks, indexOf loops for rare ASCII marks and for the
 * characters that start a pattern (年 是 第 、), one literal alternation for doubled marks. A single
 * regex for all of them costs twice as much: irregexp checks mixed classes slowly at every position.
 */
const PAIRED = /[（）“”‘’《》〔〕【】]/g;
const DOUBLED = /，，+|。。+|；；+|：：+|、、+|！！+|？？+|,,+|;;+/g;
const HALF_WIDTH = ',;:!?()';
const NUMERAL_CODES = new Set([...'〇零一二三四五六七八九十'].map((c) => c.charCodeAt(0)));
const ENUM_MARK_CODES = new Set([...'：:，,、'].map((c) => c.charCodeAt(0)));

function positions(text: string, ch: string, out: number[]): void {
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) out.push(i);
}

const cache = new WeakMap<ReportDocument, MarkIndex>();

export function markIndex(doc: ReportDocument): MarkIndex {
  const cached = cache.get(doc);
  if (cached) return cached;
  const blocks = textBlocks(doc).sort((a, b) => a.start - b.start);
  const markers: Span[] = doc.numbered.map((n) => ({ start: n.marker!.start, end: n.marker!.end }));
  const blockAt = (offset: number): Span | undefined => {
    let lo = 0, hi = blocks.length - 1, hit: Span | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid].start <= offset) { hit = blocks[mid]; lo = mid + 1; } else hi = mid - 1;
    }
    return hit && offset < hit.end ? hit : undefined;
  };
  const inMarker = (offset: number): boolean => {
    let lo = 0, hi = markers.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (markers[mid].end <= offset) lo = mid + 1;
      else if (markers[mid].start > offset) hi = mid - 1;
      else return true;
    }
    return false;
  };
  const index: MarkIndex = { paired: [], halfWidth: [], doubled: [], enumerationComma: [], years: [], inlineEnumeration: [], blockAt };
  const text = doc.text;
  const code = (i: number) => text.charCodeAt(i);
  // Each pass visits offsets in document order, so a cursor over the sorted blocks answers "inside a
  // block?" in O(1); every pass starts its own cursor. Characters are compared as codes: text[i] would
  // allocate a string for every Chinese character.
  const cursor = () => {
    let b = 0;
    return (at: number): boolean => {
      while (b < blocks.length && blocks[b].end <= at) b++;
      return b < blocks.length && blocks[b].start <= at;
    };
  };
  let m: RegExpExecArray | null;
  let inside = cursor();
  PAIRED.lastIndex = 0;
  while ((m = PAIRED.exec(text))) {
    const at = m.index;
    if (!inside(at)) continue;
    if (!inMarker(at)) index.paired.push(at);
    // 》、《 and ”、“: the closing mark of one item, a 顿号, the opening mark of the next.
    const c = code(at);
    if ((c === 0x300b || c === 0x201d) && code(at + 1) === 0x3001 && (code(at + 2) === 0x300a || code(at + 2) === 0x201c)) index.enumerationComma.push(at + 1);
  }
  const deng: number[] = [];
  positions(text, '等', deng);
  inside = cursor();
  for (const at of deng) if (code(at - 1) === 0x3001 && inside(at)) index.enumerationComma.push(at - 1);
  index.enumerationComma.sort((x, y) => x - y);
  DOUBLED.lastIndex = 0;
  inside = cursor();
  while ((m = DOUBLED.exec(text))) if (inside(m.index)) index.doubled.push({ start: m.index, end: m.index + m[0].length });
  const half: number[] = [];
  for (const ch of HALF_WIDTH) positions(text, ch, half);
  half.sort((x, y) => x - y);
  inside = cursor();
  for (const at of half) if (inside(at) && !inMarker(at)) index.halfWidth.push(at);
  const years: number[] = [];
  positions(text, '年', years);
  inside = cursor();
  for (const at of years) {
    const c = code(at - 1);
    if (((c >= 0x30 && c <= 0x39) || NUMERAL_CODES.has(c)) && inside(at)) index.years.push(at);
  }
  const inline: number[] = [];
  const shi: number[] = [];
  positions(text, '是', shi);
  for (const at of shi) if (NUMERAL_CODES.has(code(at - 1)) && ENUM_MARK_CODES.has(code(at + 1))) inline.push(at - 1);
  const di: number[] = [];
  positions(text, '第', di);
  for (const at of di) if (NUMERAL_CODES.has(code(at + 1)) && /^第[一二三四五六七八九十]{1,3}、/.test(text.slice(at, at + 5))) inline.push(at);
  inline.sort((x, y) => x - y);
  inside = cursor();
  for (const at of inline) if (inside(at)) index.inlineEnumeration.push(at);
  cache.set(doc, index);
  return index;
}
