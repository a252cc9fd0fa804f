import { strict as assert } from 'assert';
import * as fs from 'fs';
import { parseReport } from '../../server/src/core/parse/parser';
import { checkDocument } from '../../server/src/core/rules/engine';
import { resolveConfig } from '../../server/src/core/config/config';
import { documentSymbols } from '../../server/src/core/features/outline';
import { splitLines } from '../../server/src/core/text/lines';
import { EXAMPLE } from '../helpers/fixture';
import { HOSTILE_INPUTS } from '../helpers/hostile';

const config = resolveConfig({ maxDocumentSize: 1e9 });
const work = (text: string) => {
  const doc = parseReport(text);
  documentSymbols(doc);
  return checkDocument(doc, config);
};

/** Median time per character of parse + outline + all rules. */
function rate(text: string): number {
  for (let k = 0; k < 3; k++) work(text);
  const times: number[] = [];
  for (let k = 0; k < 7; k++) {
    const t = process.hrtime.bigint();
    work(text);
    times.push(Number(process.hrtime.bigint() - t));
  }
  return times.sort((a, b) => a - b)[3] / text.length;
}

/**
 * No super-linear blow-up: hostile pastes cost at most a bounded multiple of an ordinary report's time per
 * character (the benchmark prints the actual ratios: typically 1-10x). The factor is generous on purpose:
 * this guards against quadratic or catastrophic-backtracking behaviour, not against a slow machine.
 */
describe('hostile input: time per character stays within a bounded factor of an ordinary report', function () {
  this.timeout(60000);
  const ordinaryText = fs.readFileSync(EXAMPLE, 'utf8').repeat(40);
  let ordinary = 0;
  before(() => { ordinary = rate(ordinaryText); });
  const FACTOR = 40;
  for (const [name, text] of HOSTILE_INPUTS) {
    it(name, () => {
      const r = rate(text) / ordinary;
      assert.ok(r < FACTOR, `${name}: ${r.toFixed(1)}x an ordinary report's time per character`);
    });
  }
  it('splits lines in linear time when one stray \\r stands far from the line breaks', () => {
    // Before the fix every line searched again for the next \r, which stood at the end: quadratic.
    const at = (lines: number) => {
      const text = '正文。\n'.repeat(lines) + '\r';
      const times: number[] = [];
      for (let k = 0; k < 5; k++) {
        const t = process.hrtime.bigint();
        splitLines(text);
        times.push(Number(process.hrtime.bigint() - t));
      }
      return times.sort((a, b) => a - b)[2];
    };
    at(20_000);
    // Four times the lines: about four times the time when linear, sixteen when quadratic.
    const growth = at(80_000) / at(20_000);
    assert.ok(growth < 8, `80,000 lines took ${growth.toFixed(1)}x the time of 20,000`);
    assert.equal(splitLines('a\nb\rc\r\nd').map((l) => l.text).join('|'), 'a|b|c|d');
  });
  it('caps findings per rule, so a hostile paste cannot flood the Problems panel', () => {
    const found = work('（'.repeat(100_000));
    assert.ok(found.filter((f) => f.ruleId === 'paired-marks').length <= 1000);
  });
});
