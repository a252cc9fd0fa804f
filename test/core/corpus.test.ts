import { strict as assert } from 'assert';
import { parseReport } from '../../server/src/core/parse/parser';
import type { OutlineNode, ReportDocument } from '../../server/src/core/parse/model';
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

describe('real texts: corpus', function () {
  before(function () { requireShared(this); });
  for (const { name, text } of sharedTexts('corpus')) {
    it(`${name}: every numbered line is in the tree once, under the parent its numbering shows`, () => {
      const doc = parseReport(text);
      assert.equal(doc.reports.length, 1, 'one report');
      assert.deepEqual(parsedEdges(doc), oracle(text));
    });
    it(`${name}: parts are the 一、 sections, each with a role, review first`, () => {
      const doc = parseReport(text);
      const parts = doc.reports[0].children.filter((c) => c.type === 'part');
      assert.ok(parts.length >= 3, `${parts.length} parts`);
      assert.ok(parts.every((p) => p.marker), 'numbered parts');
      assert.equal(parts[0].role, 'review');
      assert.ok(parts.some((p) => p.role === 'plan'), 'a plan part');
      assert.equal(doc.reports[0].kind, 'government');
      assert.ok(doc.reports[0].sessionYear && doc.reports[0].sessionYear >= 2023);
      assert.ok(doc.reports[0].closing.length >= 1, 'a closing');
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
    assert.deepEqual(npc.children.map((p) => [p.role, p.year, p.children.length]), [['review', 2020, 7], ['plan', 2021, 0]]);
    assert.deepEqual(cppcc.children.map((p) => [p.role, p.year, p.children.length]), [['review', 2020, 6], ['plan', 2021, 4]]);
    assert.deepEqual(npc.children[0].children.map((s) => s.children.length), [3, 3, 3, 3, 4, 3, 4]);
    assert.equal(npc.abstract, true);
    assert.deepEqual(doc.reports.map((r) => r.kind), ['npc', 'cppcc']);
  });
});
