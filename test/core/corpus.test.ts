import { strict as assert } from 'assert';
import { parseReport } from '../../server/src/core/parse/parser';
import type { OutlineNode, PartRole, Report, ReportDocument } from '../../server/src/core/parse/model';
import { shortcomingsOf } from '../../server/src/core/parse/roles';
import { sessionYearOf } from '../../server/src/core/parse/sessionYear';
import { ofRule } from '../helpers/check';
import { numberToChinese } from '../../server/src/core/text/numerals';
import { sharedTexts, seedText, requireShared } from '../helpers/fixture';
import { shape, count } from '../helpers/tree';

/**
 * An oracle independent of the parser: what each line's own numbering says the tree is. Level 1 hangs
 * under the report or the current appendix, level 2 under the last level 1, level 3 under the last
 * level 2 of the same section, else the last level 1, else the appendix.
 */
function oracle(text: string): string[] {
  const out: string[] = [];
  let l1: string | undefined, l2: string | undefined, appendix: string | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/^[\s\u3000]+/, '');
    let m: RegExpExecArray | null;
    if (/^附件\d/.test(line)) { appendix = `附件@${i + 1}`; l1 = l2 = undefined; return; }
    if ((m = /^([一二三四五六七八九十]+)、/.exec(line))) { l1 = `${m[0]}@${i + 1}`; l2 = undefined; out.push(`${l1} < ${appendix ?? 'ROOT'}`); return; }
    if ((m = /^（([一二三四五六七八九十]+)）/.exec(line))) { l2 = `${m[0]}@${i + 1}`; out.push(`${l2} < ${l1 ?? appendix ?? 'ROOT'}`); return; }
    if ((m = /^(\d{1,2})\.(?!\d)/.exec(line))) out.push(`${m[0]}@${i + 1} < ${l2 ?? l1 ?? appendix ?? 'ROOT'}`);
  });
  return out;
}

function parsedEdges(doc: ReportDocument): string[] {
  const key = (n: OutlineNode): string => {
    if (n.type === 'report') return 'ROOT';
    if (n.type === 'appendix') return `附件@${n.line + 1}`;
    return `${doc.text.slice(n.marker!.start, n.marker!.end)}@${n.line + 1}`;
  };
  const out: string[] = [];
  const visit = (n: OutlineNode) => {
    if (n.marker) out.push(`${key(n)} < ${key(n.parent!)}`);
    n.children.forEach(visit);
  };
  doc.reports.forEach(visit);
  return out;
}

/**
 * Each corpus report as a reader sees it: its parts (marker, annual year if the heading names one, role), the
 * shortcomings paragraph (line, opening words, the part it closes) and the session year. Read from the
 * headings (grep -n '^[一二三四五六七八九十]、'), not from the parser.
 */
const READER: Record<string, { roles: string[]; shortcomings: string[]; year: number }> = {
  '01': { year: 2025, roles: ['一、2024:review', '二、2025:goals', '三、2025:plan'], shortcomings: ['L26 在肯定成绩的同时 < 一、2024:review'] },
  // An end-of-term year: the five-year review is the report's review.
  '04': { year: 2026, roles: ['一、:review', '二、:five-year', '三、2026:plan'], shortcomings: ['L20 同时，我省经济社 < 一、:review'] },
  '06': { year: 2023, roles: ['一、:review', '二、:five-year', '三、2023:plan', '四、:self-building', '附件1:appendix', '附件2:appendix'], shortcomings: ['L30 同时我们也要清醒 < 一、:review'] },
  // The plan before the five-year part, and 全面提升政府治理效能 for the government's own conduct.
  '07': { year: 2026, roles: ['一、:review', '二、2026:plan', '三、:five-year', '四、:self-building'], shortcomings: ['L22 总结成绩的同时， < 一、:review'] },
  '09': { year: 2026, roles: ['一、2025:review', '二、:five-year', '三、2026:plan'], shortcomings: ['L24 同时，我们也清醒 < 一、2025:review'] },
  '11': { year: 2026, roles: ['一、2025:review', '二、:five-year', '三、2026:plan'], shortcomings: ['L22 同时，我们也清醒 < 一、2025:review'] },
  // Two parts: the 2025 report of 广东 has no five-year part; its 附件1 restarts at 一、 and is no part.
  '20': { year: 2025, roles: ['一、2024:review', '二、2025:plan', '附件1：:appendix'], shortcomings: ['L26 我们也清醒地看到 < 一、2024:review'] },
  // The review combined with the five-year one is the annual review, and names its annual year.
  '21': { year: 2026, roles: ['一、2025:review', '二、:five-year', '三、2026:plan', '附件1:appendix'], shortcomings: ['L25 同时我们清醒地看 < 一、2025:review'] },
};

/** 一、2024:review — marker, annual year, role — for each part; 附件1:appendix for each appendix. */
function roles(report: Report): string[] {
  return report.children.map((c) => {
    if (c.type === 'appendix') return `${/^附件\d*：?/.exec(c.heading)![0]}:${c.role}`;
    const marker = c.marker ? `${numberToChinese(c.marker.value)}、` : '';
    return `${marker}${c.year ?? ''}:${c.role}`;
  });
}

/** Each shortcomings node: its line (1-based), its first eight characters, and the part it closes. */
function shortcomingsNodes(report: Report): string[] {
  return shortcomingsOf(report).map((s) => `L${s.line + 1} ${Array.from(s.heading).slice(0, 8).join('')} < ${roles(report)[report.children.indexOf(s.parent!)]}`);
}

describe('real texts: corpus', function () {
  before(function () { requireShared(this); });
  for (const { name, text } of sharedTexts('corpus')) {
    it(`${name}: every numbered line is in the tree once, under the parent its numbering shows`, () => {
      const doc = parseReport(text);
      assert.equal(doc.reports.length, 1, 'one report');
      assert.deepEqual(parsedEdges(doc), oracle(text));
    });
    it(`${name}: parts are the 一、 sections, review first, in a government report with a closing`, () => {
      const doc = parseReport(text);
      const parts = doc.reports[0].children.filter((c) => c.type === 'part');
      assert.ok(parts.every((p) => p.marker && p.level === 1), 'each part is itself a numbered 一、 section');
      assert.equal(parts[0].role, 'review');
      assert.equal(doc.reports[0].kind, 'government');
      assert.ok(doc.reports[0].sessionYear && doc.reports[0].sessionYear >= 2023);
      assert.ok(doc.reports[0].closing.length >= 1, 'a closing');
    });
    const reader = READER[name.slice(0, 2)];
    it(`${name}: each part has the role a reader gives it`, () => {
      assert.ok(reader, 'the table below lists this report');
      assert.deepEqual(roles(parseReport(text).reports[0]), reader.roles);
    });
    it(`${name}: its shortcomings paragraph is a node of the outline`, () => {
      assert.deepEqual(shortcomingsNodes(parseReport(text).reports[0]), reader.shortcomings);
    });
    it(`${name}: the session year is stated alike everywhere, and year-mismatch finds nothing`, () => {
      const doc = parseReport(text);
      const sy = sessionYearOf(doc.reports[0]);
      assert.deepEqual([sy.year, sy.agreed], [reader.year, true]);
      assert.deepEqual(ofRule(text, 'year-mismatch').map((f) => f.start), []);
    });
  }
  it('reads the CRLF original of 01 to the same tree', function () {
    const t = sharedTexts('corpus').find((c) => c.name.startsWith('01'));
    if (!t) this.skip();
    assert.deepEqual(shape(parseReport(t!.text.replace(/\n/g, '\r\n'))), shape(parseReport(t!.text)));
  });
});

describe('real texts: the seed', function () {
  before(function () { requireShared(this); });
  it('gives 2 reports, 4 parts, 17 sections and 23 items, markdown or not', () => {
    const md = seedText()!;
    const plain = md.replace(/^#+ /gm, '');
    for (const text of [md, plain]) {
      const doc = parseReport(text);
      assert.equal(doc.reports.length, 2);
      assert.equal(count(doc, (n) => n.type === 'part'), 4);
      assert.equal(count(doc, (n) => n.type === 'section' && n.level === 1), 17);
      assert.equal(count(doc, (n) => n.type === 'section' && n.level === 2), 23);
    }
    assert.deepEqual(shape(parseReport(plain)), shape(parseReport(md)));
  });
  it('puts each item under its section, and sections under their part', () => {
    const doc = parseReport(seedText()!);
    const [npc, cppcc] = doc.reports;
    // The NPC review holds its seven sections and, last, the shortcomings paragraph.
    assert.deepEqual(npc.children.map((p) => [p.role, p.year, p.children.length]), [['review', 2020, 8], ['plan', 2021, 0]]);
    assert.deepEqual(cppcc.children.map((p) => [p.role, p.year, p.children.length]), [['review', 2020, 6], ['plan', 2021, 4]]);
    assert.deepEqual(npc.children[0].children.slice(0, 7).map((s) => s.children.length), [3, 3, 3, 3, 4, 3, 4]);
    assert.equal(npc.abstract, true);
    assert.deepEqual(doc.reports.map((r) => r.kind), ['npc', 'cppcc']);
  });
  it('gives each part of both reports the role a reader gives it, markdown or not', () => {
    const md = seedText()!;
    for (const text of [md, md.replace(/^#+ /gm, '')]) {
      const [npc, cppcc] = parseReport(text).reports;
      assert.deepEqual(roles(npc), ['2020:review', '2021:plan']);
      assert.deepEqual(roles(cppcc), ['2020:review', '2021:plan']);
    }
  });
  it('makes the NPC report’s shortcomings paragraph a node; the CPPCC report has none', () => {
    const [npc, cppcc] = parseReport(seedText()!).reports;
    assert.deepEqual(shortcomingsNodes(npc), ['L75 回顾过去的一年, < 2020:review']);
    assert.deepEqual(shortcomingsNodes(cppcc), []);
  });
  it('a profile that requires the shortcomings finds them in the NPC report only', () => {
    const config = { profiles: { npc: { required: ['review', 'shortcomings', 'plan'] as PartRole[] }, cppcc: { required: ['review', 'shortcomings', 'plan'] as PartRole[] } } };
    const found = ofRule(seedText()!, 'required-part', config);
    assert.deepEqual(found.map((f) => parseReport(seedText()!).reports.findIndex((r) => r.headingRange.start === f.start)), [1]);
  });
});
