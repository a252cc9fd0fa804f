import { strict as assert } from 'assert';
import * as fs from 'fs';
import { parseReport } from '../../server/src/core/parse/parser';
import { check } from '../../server/src/core/features/check';
import { resolveConfig } from '../../server/src/core/config/config';
import { documentSymbols } from '../../server/src/core/features/outline';
import { LineTable } from '../../server/src/core/text/lines';
import { EXAMPLE } from '../helpers/fixture';
import { HOSTILE_INPUTS } from '../helpers/hostile';

const config = resolveConfig({ maxDocumentSize: 1e9 });
const work = (text: string) => {
  const doc = parseReport(text);
  documentSymbols(doc);
  return check(doc, config);
};

/**
 * The fastest time of `run` on `text` per character, against the fastest on `reference`, timed in turns
 * after a warm-up: a busy machine slows both alike, so the ratio is what the code costs, not what the
 * machine was doing (timed one after the other, four times the text once read 9x the time for linear code on
 * a loaded CI machine).
 */
function relativeCost(run: (text: string) => unknown, text: string, reference: string, turns = 7): number {
  const time = (t: string) => {
    const start = process.hrtime.bigint();
    run(t);
    return Number(process.hrtime.bigint() - start);
  };
  for (let k = 0; k < 2; k++) { run(text); run(reference); }
  let best = Infinity;
  let bestReference = Infinity;
  for (let k = 0; k < turns; k++) {
    best = Math.min(best, time(text));
    bestReference = Math.min(bestReference, time(reference));
  }
  return (best / text.length) / (bestReference / reference.length);
}

/**
 * No super-linear blow-up: hostile pastes cost at most a bounded multiple of an ordinary report's time per
 * character (the benchmark prints the actual ratios: typically 1-10x). The factor is generous on purpose:
 * this guards against quadratic or catastrophic-backtracking behaviour, not against a slow machine.
 */
describe('hostile input: time per character stays within a bounded factor of an ordinary report', function () {
  this.timeout(60000);
  const ordinaryText = fs.readFileSync(EXAMPLE, 'utf8').repeat(40);
  const FACTOR = 40;
  for (const [name, text] of HOSTILE_INPUTS) {
    it(name, () => {
      const r = relativeCost(work, text, ordinaryText);
      assert.ok(r < FACTOR, `${name}: ${r.toFixed(1)}x an ordinary report's time per character`);
    });
  }
  it('splits lines in linear time when one stray \\r stands far from the line breaks', () => {
    // Before the fix every line searched again for the next \r, which stood at the end: quadratic (200,000
    // lines took 26x as long as without the \r). Set against the same text ending in \n: linear is about 1x.
    const lines = '正文。\n'.repeat(200_000);
    const ratio = relativeCost((text) => new LineTable(text), lines + '\r', lines + '\n');
    assert.ok(ratio < 4, `200,000 lines with one stray \\r took ${ratio.toFixed(1)}x the time of the same lines without it`);
    const table = new LineTable('a\nb\rc\r\nd');
    assert.equal(Array.from({ length: table.length }, (_, i) => table.lineText(i)).join('|'), 'a|b|c|d');
  });
  it('caps findings per rule, so a hostile paste cannot flood the Problems panel', () => {
    const found = work('（'.repeat(100_000));
    assert.ok(found.filter((f) => f.ruleId === 'paired-marks').length <= 1000);
  });
});
