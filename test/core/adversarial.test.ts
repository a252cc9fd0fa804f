import { strict as assert } from 'assert';
import * as fs from 'fs';
import { parseReport } from '../../server/src/core/parse/parser';
import { check } from '../../server/src/core/features/check';
import { resolveConfig } from '../../server/src/core/config/config';
import { documentSymbols } from '../../server/src/core/features/outline';
import { LineTable } from '../../server/src/core/text/lines';
import { EXAMPLE } from '../helpers/fixture';
import { HOSTILE_INPUTS, relativeCost } from '../helpers/hostile';

const config = resolveConfig({ maxDocumentSize: 1e9 });
const work = (text: string) => {
  const doc = parseReport(text);
  documentSymbols(doc);
  return check(doc, config);
};

describe('hostile input: time per character stays within a bounded factor of an ordinary report', function () {
  this.timeout(60000);
  const ordinaryText = fs.readFileSync(EXAMPLE, 'utf8').repeat(40);
  const FACTOR = 40;
  for (const [name, text] of HOSTILE_INPUTS) {
    it(name, () => {
      const r = relativeCost(work, text, ordinaryText, 7);
      assert.ok(r < FACTOR, `${name}: ${r.toFixed(1)}x an ordinary report's time per character`);
    });
  }
  it('splits lines in linear time when one stray \\r stands far from the line breaks', () => {
    // Before the fix every line searched again for the next \r, which stood at the end: quadratic (200,000
    // lines took 26x as long as without the \r). Set against the same text ending in \n: linear is about 1x.
    const lines = '正文。\n'.repeat(200_000);
    const ratio = relativeCost((text) => new LineTable(text), lines + '\r', lines + '\n', 7);
    assert.ok(ratio < 4, `200,000 lines with one stray \\r took ${ratio.toFixed(1)}x the time of the same lines without it`);
    const table = new LineTable('a\nb\rc\r\nd');
    assert.equal(Array.from({ length: table.length }, (_, i) => table.lineText(i)).join('|'), 'a|b|c|d');
  });
  it('caps findings per rule, so a hostile paste cannot flood the Problems panel', () => {
    const found = work('（'.repeat(100_000));
    assert.ok(found.filter((f) => f.ruleId === 'paired-marks').length <= 1000);
  });
});
