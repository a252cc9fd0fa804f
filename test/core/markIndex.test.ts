import { strict as assert } from 'assert';
import fc from 'fast-check';
import { parseReport } from '../../server/src/core/parse/parser';
import { markIndex, SCAN_CHUNK } from '../../server/src/core/analysis/markIndex';
import type { ParseOptions } from '../../server/src/core/text/codeUnits';
import { NODE_PARSE, nodeCodeUnits } from '../../server/src/node/codeUnits';
import { textBlocks } from '../../server/src/core/analysis/textBlocks';
import { requireShared, sharedTexts } from '../helpers/fixture';

/** What the mark index holds, as plain data. */
function marksOf(text: string, options: ParseOptions = {}) {
  const m = markIndex(parseReport(text, options));
  return {
    paired: [...m.paired], halfWidth: [...m.halfWidth], doubled: m.doubled.map((s) => [s.start, s.end]),
    enumerationComma: [...m.enumerationComma], years: [...m.years], inlineEnumeration: [...m.inlineEnumeration],
  };
}

/**
 * The same facts found the plain way: a regular expression over the whole text for each kind of mark, and a
 * binary search for the block of each match. The index finds them in one pass with cursors that only move
 * forward; both must agree.
 */
function reference(text: string) {
  const doc = parseReport(text);
  const blocks = textBlocks(doc);
  const markers = doc.numbered.map((n) => n.marker!);
  const inBlock = (i: number) => blocks.at(i) >= 0;
  const inMarker = (i: number) => markers.some((m) => m.start <= i && i < m.end);
  const offsets = (re: RegExp, keep: (m: RegExpExecArray) => number | undefined) => {
    const out: number[] = [];
    for (const m of text.matchAll(re)) {
      const at = keep(m);
      if (at !== undefined) out.push(at);
    }
    return out;
  };
  const marks = (re: RegExp) => offsets(re, (m) => (inBlock(m.index) && !inMarker(m.index) ? m.index : undefined));
  const blockStart = (i: number) => blocks.start(blocks.at(i));
  const byOffset = (a: number, b: number) => a - b;
  return {
    paired: marks(/[（）“”‘’《》〔〕【】]/g),
    halfWidth: marks(/[,;:!?()]/g),
    // A run of one mark, from its first: reported when its second mark lies in a block that holds the first too.
    doubled: [...text.matchAll(/([，。；：、！？,;])\1+/g)]
      .filter((m) => inBlock(m.index + 1) && m.index >= blockStart(m.index + 1))
      .map((m) => [m.index, m.index + m[0].length]),
    enumerationComma: [
      ...offsets(/、等/g, (m) => (inBlock(m.index + 1) ? m.index : undefined)),
      ...offsets(/[》”]、[《“]/g, (m) => (inBlock(m.index) ? m.index + 1 : undefined)),
    ].sort(byOffset),
    years: offsets(/(?<=[0-9〇零一二三四五六七八九十])年/g, (m) => (inBlock(m.index) ? m.index : undefined)),
    inlineEnumeration: [
      ...offsets(/[〇零一二三四五六七八九十]是[：:，,、]/g, (m) => (inBlock(m.index + 1) && m.index + 1 > blockStart(m.index + 1) ? m.index : undefined)),
      ...offsets(/第[一二三四五六七八九十]{1,3}、/g, (m) => (inBlock(m.index) ? m.index : undefined)),
    ].sort(byOffset),
  };
}

// Pieces of reports and of typos: every kind of mark, the doubled ones, dates, 一是/第一、/、等, markers, line
// breaks of each kind, a character outside the BMP and both halves of one alone.
const PIECES = ['。', '，', '，，', '。。。', '、', '、等', '；', ';;', ',', '：', '“', '”', '”、“', '《', '》、《', '（', '）', '(', ')',
  '【', '】', '〔', '〕', '‘', '’', '2025年', '二〇二五年', '年', '一是：', '二是，', '第一、', '第', '是', '等', '加强监督', '\n', '\r\n', '\r',
  '（一）', '一、', '1.', '𠮷', '\ud842', '\udfb7', ' ', '\u3000', '各位代表：', '附件', '工作报告\n', '——2025年3月5日在大会上\n'];
const fragment = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));

describe('mark index: the one-pass scan finds what a search for each kind of mark finds', () => {
  it('on any text made of marks, dates, markers, header lines and line breaks', () => {
    fc.assert(fc.property(fragment, (text) => {
      assert.deepEqual(marksOf(text), reference(text));
    }), { numRuns: 400 });
  });

  it('reports a run of one doubled mark once, from its first mark', () => {
    assert.deepEqual(marksOf('加强，，，监督。。').doubled, [[2, 5], [7, 9]]);
  });

  it('counts UTF-16 units past a character outside the BMP', () => {
    assert.deepEqual(marksOf('𠮷（强）').paired, [2, 4]);
  });

  it('leaves out the marks of a section marker and of text outside the checked blocks', () => {
    const text = '（一）加强（监督）\n\n<!-- （注） -->\n';
    assert.deepEqual(marksOf(text).paired, [5, 8]);
  });
});

/** The index read from the string (a browser worker) and from the code units Node copies (the server, the CLI). */
const bothWays = (text: string) => ({ fromString: marksOf(text), fromUnits: marksOf(text, NODE_PARSE) });

describe('mark index: the scan over the code units Node copies finds what the scan over the string finds', () => {
  it('on any text made of marks, dates, markers and line breaks', () => {
    fc.assert(fc.property(fragment, (text) => {
      const { fromString, fromUnits } = bothWays(text);
      assert.deepEqual(fromUnits, fromString);
      assert.deepEqual(fromUnits, reference(text));
    }), { numRuns: 300 });
  });

  it('where a chunk of the copy ends: marks, doubled marks and surrogate pairs across the cut, odd and even lengths', () => {
    // The fragment starts a few units either side of the first chunk's end.
    fc.assert(fc.property(fc.integer({ min: -6, max: 6 }), fragment, (shift, tail) => {
      const { fromString, fromUnits } = bothWays('加'.repeat(SCAN_CHUNK + shift) + tail);
      assert.deepEqual(fromUnits, fromString);
    }), { numRuns: 100 });
  });

  it('reports a doubled mark whose two halves lie in two chunks once, from its first mark', () => {
    const { fromString, fromUnits } = bothWays('加'.repeat(SCAN_CHUNK - 1) + '，，强。');
    assert.deepEqual(fromUnits.doubled, [[SCAN_CHUNK - 1, SCAN_CHUNK + 1]]);
    assert.deepEqual(fromUnits, fromString);
  });

  it('counts UTF-16 units past a character outside the BMP cut by a chunk’s end', () => {
    assert.deepEqual(bothWays('加'.repeat(SCAN_CHUNK - 1) + '𠮷（强').fromUnits.paired, [SCAN_CHUNK + 1]);
  });

  it('on every real report, CRLF included', function () {
    requireShared(this);
    for (const { text } of [...sharedTexts('corpus'), ...sharedTexts('seeds')]) {
      for (const t of [text, text.replace(/\n/g, '\r\n')]) {
        const { fromString, fromUnits } = bothWays(t);
        assert.deepEqual(fromUnits, fromString);
      }
    }
  });
});

describe('Node’s copy of code units', () => {
  it('copies every UTF-16 unit as it is, lone surrogates included, and nothing past them', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }), (codes) => {
      const text = String.fromCharCode(...codes);
      const bytes = new Uint8Array(text.length * 2 + 2).fill(0xaa);
      nodeCodeUnits(text, bytes);
      const view = new DataView(bytes.buffer);
      assert.deepEqual(Array.from({ length: text.length }, (_, i) => view.getUint16(2 * i, true)), codes);
      assert.deepEqual([...bytes.subarray(text.length * 2)], [0xaa, 0xaa]);
    }));
  });
});
