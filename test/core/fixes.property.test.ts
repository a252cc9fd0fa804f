import { strict as assert } from 'assert';
import fc from 'fast-check';
import { check, fixEverything } from '../helpers/check';
import { report, noise, words } from '../helpers/generate';
import { sharedTexts, requireShared } from '../helpers/fixture';
import { parseReport } from '../../server/src/core/parse/parser';

const RUNS = Number(process.env.WORKREPORT_PROPERTY_RUNS ?? 150);

function rangesAreSound(text: string): void {
  for (const f of check(text)) {
    assert.ok(0 <= f.start && f.start <= f.end && f.end <= text.length, `${f.ruleId} range inside the document`);
    for (const at of [f.start, f.end]) {
      const low = text.charCodeAt(at);
      const high = text.charCodeAt(at - 1);
      assert.ok(!(low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff), `${f.ruleId} splits a surrogate pair at ${at}`);
    }
    for (const fix of f.fixes) for (const e of fix.edits) assert.ok(0 <= e.start && e.start <= e.end && e.end <= text.length, `${f.ruleId} edit inside the document`);
  }
}

describe('fixes: properties over generated drafts', () => {
  it('applying all fixes twice equals applying them once', () => {
    fc.assert(fc.property(report, (text) => {
      const once = fixEverything(text);
      assert.equal(fixEverything(once), once);
    }), { numRuns: RUNS });
  });
  it('after fixing, nothing fixable is left', () => {
    fc.assert(fc.property(report, (text) => {
      const left = check(fixEverything(text)).filter((f) => f.fixes.some((x) => x.all));
      assert.deepEqual(left.map((f) => f.ruleId), []);
    }), { numRuns: RUNS });
  });
  it('never changes the author’s words: only markers, marks, years and the breaks of joined paragraphs', () => {
    fc.assert(fc.property(report, (text) => {
      assert.equal(words(fixEverything(text)), words(text));
    }), { numRuns: RUNS });
  });
  it('every finding lies inside the document and never splits a surrogate pair', () => {
    fc.assert(fc.property(report, rangesAreSound), { numRuns: RUNS });
  });
  it('the same text always gives the same findings in the same order', () => {
    fc.assert(fc.property(report, (text) => { assert.deepEqual(check(text), check(text)); }), { numRuns: 50 });
  });
});

describe('parser and rules: properties over noise', () => {
  it('never throw, and keep ranges sound, on arbitrary text', () => {
    fc.assert(fc.property(noise, (text) => {
      parseReport(text);
      rangesAreSound(text);
      const once = fixEverything(text);
      assert.equal(fixEverything(once), once);
    }), { numRuns: RUNS });
  });
});

describe('fixes: properties over real texts', function () {
  before(function () { requireShared(this); });
  for (const { name, text } of [...sharedTexts('seeds'), ...sharedTexts('corpus')]) {
    it(`${name}: fix all is idempotent and keeps every word`, () => {
      const once = fixEverything(text);
      assert.equal(fixEverything(once), once);
      assert.equal(words(once), words(text));
      for (const crlf of [text.replace(/\n/g, '\r\n')]) rangesAreSound(crlf);
    });
  }
});
