import { strict as assert } from 'assert';
import fc from 'fast-check';
import { parseReport } from '../../server/src/core/parse/parser';
import { markIndex, SCAN_CHUNK } from '../../server/src/core/analysis/markIndex';
import { setUtf16Writer, utf16Writer } from '../../server/src/core/text/utf16';
import { nodeUtf16Writer } from '../../server/src/node/utf16';

/** What the mark index holds, as plain data. */
function marksOf(text: string) {
  const m = markIndex(parseReport(text));
  return {
    paired: [...m.paired], halfWidth: [...m.halfWidth], doubled: m.doubled.map((s) => [s.start, s.end]),
    enumerationComma: [...m.enumerationComma], years: [...m.years], inlineEnumeration: [...m.inlineEnumeration],
  };
}

/** The index read from the string (no writer: a browser worker) and from the code units Node copies. */
function bothWays(text: string) {
  const saved = utf16Writer();
  try {
    setUtf16Writer(undefined);
    const fromString = marksOf(text);
    setUtf16Writer(nodeUtf16Writer);
    const fromUnits = marksOf(text);
    return { fromString, fromUnits };
  } finally {
    setUtf16Writer(saved);
  }
}

// Pieces of reports and of typos: every kind of mark, the doubled ones, dates, 一是/第一、/、等, markers, line
// breaks of each kind, a character outside the BMP and both halves of one alone.
const PIECES = ['。', '，', '，，', '。。。', '、', '、等', '；', ';;', ',', '：', '“', '”', '”、“', '《', '》、《', '（', '）', '(', ')',
  '【', '】', '〔', '〕', '‘', '’', '2025年', '二〇二五年', '年', '一是：', '二是，', '第一、', '第', '是', '等', '加强监督', '\n', '\r\n', '\r',
  '（一）', '一、', '1.', '𠮷', '\ud842', '\udfb7', ' ', '\u3000', '各位代表：', '附件'];
const fragment = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));

describe('mark index: the scan over copied code units finds what the scan over the string finds', () => {
  it('on any text made of marks, dates, markers and line breaks', () => {
    fc.assert(fc.property(fragment, (text) => {
      const { fromString, fromUnits } = bothWays(text);
      assert.deepEqual(fromUnits, fromString);
    }), { numRuns: 400 });
  });

  it('where a chunk of the copy ends: marks, doubled marks and surrogate pairs across the cut, odd and even lengths', () => {
    // The fragment starts a few units either side of the first chunk's end.
    fc.assert(fc.property(fc.integer({ min: -6, max: 6 }), fragment, (shift, tail) => {
      const text = '加'.repeat(SCAN_CHUNK + shift) + tail;
      const { fromString, fromUnits } = bothWays(text);
      assert.deepEqual(fromUnits, fromString);
    }), { numRuns: 120 });
  });

  it('reports a doubled mark whose two halves lie in two chunks, once, from its first mark', () => {
    const text = '加'.repeat(SCAN_CHUNK - 1) + '，，强。';
    const { fromString, fromUnits } = bothWays(text);
    assert.deepEqual(fromUnits.doubled, [[SCAN_CHUNK - 1, SCAN_CHUNK + 1]]);
    assert.deepEqual(fromUnits, fromString);
  });

  it('counts UTF-16 units past a character outside the BMP cut by the chunk\'s end', () => {
    const text = '加'.repeat(SCAN_CHUNK - 1) + '𠮷（强';
    assert.deepEqual(bothWays(text).fromUnits.paired, [SCAN_CHUNK + 1]);
  });
});

describe('Node\'s copy of code units', () => {
  it('copies every UTF-16 unit as it is, lone surrogates included', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }), (codes) => {
      const text = String.fromCharCode(...codes);
      const bytes = new Uint8Array(text.length * 2 + 2).fill(0xaa);
      nodeUtf16Writer(text, bytes);
      const view = new DataView(bytes.buffer);
      assert.deepEqual(Array.from({ length: text.length }, (_, i) => view.getUint16(2 * i, true)), codes);
      // Nothing past the text is written.
      assert.deepEqual([...bytes.subarray(text.length * 2)], [0xaa, 0xaa]);
    }));
  });
});
