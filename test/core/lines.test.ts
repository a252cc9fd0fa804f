import { strict as assert } from 'assert';
import fc from 'fast-check';
import { LineTable } from '../../server/src/core/text/lines';
import { positionOf } from '../../server/src/core/text/position';
import { parseReport } from '../../server/src/core/parse/parser';

/** The lines as editors see them: split at \r\n, \n and a lone \r, with the offsets of each. */
function reference(text: string): { start: number; end: number; next: number; text: string }[] {
  const out = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push({ start, end: m.index, next: m.index + m[0].length, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length, next: text.length, text: text.slice(start) });
  return out;
}

const read = (t: LineTable) => Array.from({ length: t.length }, (_, i) => ({ start: t.start(i), end: t.end(i), next: t.next(i), text: t.lineText(i) }));

describe('LineTable: lines by UTF-16 offsets', () => {
  it('splits at \\r\\n, \\n and a lone \\r, and keeps an empty last line after a final break', () => {
    assert.deepEqual(read(new LineTable('一、甲\r\n正文𠮷。\r（一）乙\n\n')), reference('一、甲\r\n正文𠮷。\r（一）乙\n\n'));
    assert.deepEqual(read(new LineTable('')), [{ start: 0, end: 0, next: 0, text: '' }]);
  });
  it('grows past its first guess of the line count (many short lines)', () => {
    const text = '甲\n'.repeat(5000) + '乙';
    const table = new LineTable(text);
    assert.equal(table.length, 5001);
    assert.equal(table.lineText(4999), '甲');
    assert.equal(table.lineText(5000), '乙');
    assert.equal(table.start(5000), 10000);
  });
  it('agrees with the editor\'s split on any text, and finds the line of every offset', () => {
    const unit = fc.constantFrom('甲', '𠮷', ' ', '\u3000', '\r', '\n', '\r\n', '一、', '（一）', 'a');
    fc.assert(fc.property(fc.array(unit, { maxLength: 60 }).map((u) => u.join('')), (text) => {
      const table = new LineTable(text);
      const lines = reference(text);
      assert.deepEqual(read(table), lines);
      for (let offset = 0; offset <= text.length; offset++) {
        const line = lines.findIndex((l) => offset >= l.start && offset < l.next);
        const expected = line < 0 ? lines.length - 1 : line;
        assert.equal(table.lineAt(offset), expected, `offset ${offset}`);
        assert.equal(positionOf(table, offset).line, expected);
      }
    }), { numRuns: 300 });
  });
  it('is the parsed document\'s table: a column after 𠮷 on a CRLF line counts UTF-16 units', () => {
    const doc = parseReport('标题\r\n𠮷一、甲');
    assert.deepEqual(positionOf(doc.lines, doc.text.indexOf('甲')), { line: 1, character: 4 });
  });
});
