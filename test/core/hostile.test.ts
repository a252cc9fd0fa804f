import { strict as assert } from 'assert';
import fc from 'fast-check';
import { check } from '../helpers/check';
import { lines } from '../helpers/fixture';
import { RULES } from '../../server/src/core/rules/index';
import { parseReport } from '../../server/src/core/parse/parser';
import { documentSymbols, MAX_OUTLINE_SYMBOLS, type ReportSymbol } from '../../server/src/core/features/outline';
import { Suppressions } from '../../server/src/core/lint/suppression';
import { LineTable } from '../../server/src/core/text/lines';
import { relativeCost } from '../helpers/hostile';

const RUNS = Number(process.env.WORKREPORT_PROPERTY_RUNS ?? 150);

const HEAD = lines('# 示例县人大常委会工作报告', '——2023年1月10日在示例县第十届人民代表大会第三次会议上', '示例县人大常委会主任 王某某');
const REVIEW = '## 2022年工作回顾';
const PLAN = lines('## 2023年工作设想', '一、加强学习', '学习正文。', '二、改进作风', '作风正文。');
const report = (...body: string[]) => lines(HEAD, REVIEW, ...body, PLAN);

/** A draft that each rule finds something in (the rule's own tests show why). */
const SEEDS: Readonly<Record<string, string>> = {
  'numbering-sequence': report('一、甲', '正文。', '二、乙', '正文。', '四、丁', '正文。'),
  'numbering-start': report('一、甲', '（二）子。正文。', '（三）子。正文。'),
  'marker-punctuation': report('一.加强监督工作', '正文。'),
  'marker-bracket': report('一、甲', '（一）子。正文。', '(二）子。正文。', '（三）子。正文。'),
  'marker-style': report('一、甲', '（一）子。正文。', '（二）子。正文。', '(三)子。正文。'),
  'level-order': report('一、甲', '1.孙。正文。', '（一）子。正文。'),
  'level-skip': report('一、甲', '1.孙。正文。', '2.孙。正文。'),
  'lone-item': report('一、甲', '（一）子。正文。', '二、乙', '正文。'),
  'empty-section': report('一、加强对重大事项的监督工作', '二、乙', '正文。'),
  'heading-punctuation': report('一、加强对重大事项的监督：', '正文。'),
  'required-part': lines(HEAD, REVIEW, '一、甲', '正文。'),
  'part-order': lines(HEAD, REVIEW, '一、甲', '正文。', '## 2023年工作设想', '一、乙', '正文。', '回顾过去的一年,我们的工作还存在差距，主要是调查研究还不够深入。'),
  'year-mismatch': lines(HEAD, '## 2021年工作回顾', '一、甲', '正文。', '## 2022年工作设想', '一、乙', '正文。'),
  'broken-paragraph': report('一、甲', '（一）全过程参与，推动市、区', '对接规划编制。', '（二）多角度切入。正文。', '（三）全方位发动。正文。'),
  'punctuation-width': report('一、甲', '常委会坚持学习,加强监督;改进作风(试行)。'),
  'paired-marks': report('一、甲', '贯彻“人民城市理念，推动《条例》实施。'),
  'enumeration-comma': report('一、甲', '贯彻《条例》、《规定》、等文件和“双减”、“双碳”要求。'),
  'doubled-punctuation': report('一、甲', '加强学习，，改进作风。。……——'),
  'date-format': report('一、甲', '2022年03月05日召开会议，21年5月完成，二零二二年底验收。'),
  placeholder: report('一、甲', '正文。【待补充：主要数据】', '【待补充：成效】'),
};

const ASTRAL = ['😀', '𠮷', '𝒳', '🇨🇳'];

/** `text` with `ch` inserted at `at`, moved back to a character boundary of `text`. */
function insertAt(text: string, at: number, ch: string): string {
  const low = text.charCodeAt(at);
  if (low >= 0xdc00 && low <= 0xdfff) at--;
  return text.slice(0, at) + ch + text.slice(at);
}

function assertOnCharacters(text: string): void {
  for (const f of check(text)) {
    for (const at of [f.start, f.end]) {
      const low = text.charCodeAt(at);
      const high = text.charCodeAt(at - 1);
      assert.ok(!(low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff), `${f.ruleId} splits a surrogate pair at ${at}: ${JSON.stringify(text.slice(f.start, f.end))}`);
    }
  }
}

describe('hostile input: ranges never split a surrogate pair', function () {
  this.timeout(60000);

  it('each rule finds something in its seed draft', () => {
    for (const rule of RULES) assert.ok(check(SEEDS[rule.id]).some((f) => f.ruleId === rule.id), rule.id);
  });

  it('part-order on 回顾过去的一年,我们的工作还存在差距（😀…: the range takes the whole 😀', () => {
    const line = '回顾过去的一年,我们的工作还存在差距（😀，主要是调查研究还不够深入）。';
    const text = lines(HEAD, REVIEW, '一、甲', '正文。', '## 2023年工作设想', '一、乙', '正文。', line);
    const [f] = check(text).filter((x) => x.ruleId === 'part-order');
    assert.equal(text.slice(f.start, f.end), '回顾过去的一年,我们的工作还存在差距（😀');
  });

  it('for every rule, a character outside the BMP just before, at or after either end of each finding is never cut', () => {
    // Where a range cut at a fixed length would split it: every finding of every seed, both ends, all three places.
    for (const rule of RULES) {
      const seed = SEEDS[rule.id];
      for (const f of check(seed)) {
        for (const end of [f.start, f.end]) {
          for (const delta of [-1, 0, 1]) {
            for (const ch of ASTRAL) assertOnCharacters(insertAt(seed, Math.max(0, Math.min(seed.length, end + delta)), ch));
          }
        }
      }
    }
  });

  it('for every rule, characters outside the BMP anywhere in its draft are never cut (property)', () => {
    const seen = new Set<string>();
    fc.assert(fc.property(
      fc.constantFrom(...RULES.map((r) => SEEDS[r.id])),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ASTRAL)), { minLength: 1, maxLength: 30 }),
      (seed, insertions) => {
        let text = seed;
        for (const [at, c] of insertions) text = insertAt(text, at % (text.length + 1), c);
        for (const x of check(text)) seen.add(x.ruleId);
        assertOnCharacters(text);
      },
    ), { numRuns: RUNS * 4 });
    assert.deepEqual(RULES.map((r) => r.id).filter((id) => !seen.has(id)), [], 'every rule was exercised');
  });
});

describe('hostile input: the Outline of very many headings', () => {
  const count = (list: readonly ReportSymbol[]): number => list.reduce((n, s) => n + 1 + count(s.children), 0);

  it(`lists ${MAX_OUTLINE_SYMBOLS} symbols, then one that says how many more there are`, () => {
    const text = lines('示例县人大常委会工作报告', ...Array.from({ length: 50_000 }, (_, k) => (k % 2 ? '（一）标题' : '一、标题')));
    const doc = parseReport(text);
    const symbols = documentSymbols(doc);
    assert.equal(count(symbols), MAX_OUTLINE_SYMBOLS + 1);
    const notice = symbols[symbols.length - 1];
    // 50,001 nodes (the report and its headings), of which MAX_OUTLINE_SYMBOLS are listed.
    assert.equal(notice.name, `… (${50_001 - MAX_OUTLINE_SYMBOLS} more headings are not listed in the outline)`);
    assert.equal(notice.children.length, 0);
    assert.ok(notice.range.start > 0 && notice.range.end === text.length);
  });

  it('an ordinary report is listed whole, without a notice', () => {
    const doc = parseReport(report('一、甲', '（一）子。正文。', '（二）子。正文。'));
    const names: string[] = [];
    const visit = (list: readonly ReportSymbol[]) => list.forEach((s) => { names.push(s.name); visit(s.children); });
    visit(documentSymbols(doc));
    assert.ok(names.length > 5 && !names.some((n) => n.includes('未在大纲中列出')));
  });
});

/** The regular expression inline suppression used before (quadratic on unclosed comments): the oracle. */
function suppressedBefore(text: string, ruleId: string, line: number): boolean {
  const all = text.split('\n');
  const directives: { line: number; kind: string; ids: string[] }[] = [];
  all.forEach((t, i) => {
    const re = /<!--\s*workreport-(disable-next-line|disable|enable)\b([^>]*?)-->/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) directives.push({ line: i, kind: m[1], ids: m[2].split(/[\s,]+/).filter(Boolean) });
  });
  let off = false;
  for (const d of directives) {
    if (d.line > line) break;
    if (d.ids.length !== 0 && !d.ids.includes(ruleId)) continue;
    if (d.kind === 'disable-next-line') {
      if (d.line === line - 1) return true;
    } else if (d.line < line || d.kind === 'disable') off = d.kind === 'disable';
  }
  return off;
}

describe('hostile input: inline suppression', function () {
  this.timeout(30000);

  it('silences exactly what the comments said before, on generated comments', () => {
    const piece = fc.constantFrom(
      '<!-- workreport-disable -->', '<!-- workreport-enable -->', '<!-- workreport-disable-next-line -->',
      '<!-- workreport-disable a -->', '<!-- workreport-enable a -->', '<!--workreport-disable-next-line a,b-->',
      '<!-- workreport-disable b constructor -->', '<!-- workreport-disablex a -->', '<!-- workreport-disable-foo -->',
      '<!-- workreport-disable a > -->', '<!-- workreport-disable ', '-->', '<!--', ' 正文 ', '>', 'a',
    );
    const line = fc.array(piece, { maxLength: 4 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (ls) => {
      const text = ls.join('\n');
      const s = new Suppressions(new LineTable(text));
      for (let i = 0; i <= ls.length; i++) {
        for (const id of ['a', 'b', 'constructor', '__proto__']) assert.equal(s.isSuppressed(id, i), suppressedBefore(text, id, i), `${id} on line ${i} of ${JSON.stringify(text)}`);
      }
    }), { numRuns: RUNS * 4 });
  });

  it('a text of lone carriage returns splits into its lines in linear time, as one with \\n would', () => {
    const table = new LineTable('甲\r乙\r\r丙');
    assert.deepEqual(Array.from({ length: table.length }, (_, i) => table.lineText(i)), ['甲', '乙', '', '丙']);
    // Each line once looked for a \n to the end of the text: 80,000 lines took 100 times 20,000's time.
    const crs = '正文。\r'.repeat(100_000);
    const ratio = relativeCost((text) => new LineTable(text), crs, crs.replace(/\r/g, '\n'));
    assert.ok(ratio < 4, `100,000 lines ending in lone \\r took ${ratio.toFixed(1)}x the time of the same lines ending in \\n`);
  });

  it('one line of 50,000 unclosed comments is read in linear time', () => {
    const unclosed = '<!-- workreport-disable '.repeat(50_000);
    const ordinary = '常委会坚持学习，加强监督。<!-- workreport-disable a -->'.repeat(50_000).slice(0, unclosed.length);
    const ratio = relativeCost((text) => new Suppressions(new LineTable(text)), unclosed, ordinary);
    assert.ok(ratio < 20, `${ratio.toFixed(1)}x the time per character of a line of closed comments`);
  });
});
