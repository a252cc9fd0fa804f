import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT, HAVE_SHARED, SHARED } from '../helpers/fixture';
import { runCli, tmpdir } from './cliHelpers';

/** A pair written for these tests (and shown in the README): five tasks, one of them (the sea) not reported on. */
const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'compare');
const LAST = path.join(FIXTURES, '某市2025年政府工作报告.md');
const THIS = path.join(FIXTURES, '某市2026年政府工作报告.md');

interface Entry {
  item: { line: number; name: string };
  matches: { line: number; name: string; score: number }[];
}

const json = (...args: string[]): Entry[] => {
  const r = runCli(['compare', ...args, '--format', 'json']);
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out);
};

describe('cli: compare last year’s plan with this year’s review', function () {
  this.timeout(20000);

  it('--format json: one entry per task of the plan, in order, with 1-based lines and the matches best first', () => {
    const out = json(LAST, THIS);
    assert.deepEqual(out.map((e) => [e.item.line, e.item.name, e.matches.map((m) => m.line)]), [
      [11, '（一）实施“两新”政策，扩大有效投资', [9]],
      [15, '（二）深化医药卫生体制改革', [11]],
      [19, '（三）建设海洋强市', []],
      [23, '（四）全面推进乡村振兴', [13]],
      [27, '（五）办好民生实事', [15]],
    ]);
    assert.deepEqual(out[0].matches[0], { line: 9, name: '一是“两新”政策成效明显', score: out[0].matches[0].score });
    // Exactly the documented keys: scripts read them.
    for (const e of out) {
      assert.deepEqual(Object.keys(e), ['item', 'matches']);
      assert.deepEqual(Object.keys(e.item), ['line', 'name']);
      for (const m of e.matches) {
        assert.deepEqual(Object.keys(m), ['line', 'name', 'score']);
        assert.ok(m.score > 0 && m.score <= 1);
      }
    }
  });

  it('the text table: each task with its line, its answers under it, then the tasks nobody answered; exit 0', () => {
    const r = runCli(['compare', LAST, THIS, '--locale', 'zh'], FIXTURES);
    assert.equal(r.code, 0, 'an unanswered task is information, not a failed run');
    const lines = r.out.split('\n');
    assert.match(lines[0], /^上年部署（.*某市2025年政府工作报告\.md）对照本年回顾（.*某市2026年政府工作报告\.md）$/);
    assert.ok(lines.includes('11  （一）实施“两新”政策，扩大有效投资'));
    assert.match(lines[lines.indexOf('11  （一）实施“两新”政策，扩大有效投资') + 1], /^ {7}9 {2}0\.\d\d {2}一是“两新”政策成效明显$/);
    assert.equal(lines[lines.indexOf('19  （三）建设海洋强市') + 1].trim(), '（回顾中未见对应内容）');
    assert.deepEqual(lines.slice(-3), ['5 项任务中有 1 项在回顾中未见对应内容：', '19  （三）建设海洋强市', '']);
    const en = runCli(['compare', LAST, THIS, '--locale', 'en']).out;
    assert.match(en, /1 of 5 tasks have no answer in the review:\n19 {2}（三）建设海洋强市\n$/);
  });

  it('the README’s compare table is what the command prints on the pair', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const block = /\$ workreport compare 某市2025年政府工作报告\.md 某市2026年政府工作报告\.md\n([\s\S]*?)```/.exec(readme);
    assert.ok(block, 'the README shows the command on the pair');
    const r = runCli(['compare', '某市2025年政府工作报告.md', '某市2026年政府工作报告.md', '--locale', 'zh'], FIXTURES);
    assert.equal(block[1], r.out);
  });

  it('lines are counted the same in a CRLF file and after 𠮷 and 😀 (1-based lines, not offsets)', () => {
    const dir = tmpdir();
    const crlf = (file: string, name: string) => {
      const text = fs.readFileSync(file, 'utf8').replace('过去一年，', '过去一年，𠮷😀').replace(/\n/g, '\r\n');
      fs.writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    };
    const lf = json(LAST, THIS).map((e) => [e.item.line, e.matches.map((m) => m.line)]);
    assert.deepEqual(json(crlf(LAST, 'a.md'), crlf(THIS, 'b.md')).map((e) => [e.item.line, e.matches.map((m) => m.line)]), lf);
  });

  const pair = ['20_guangdong-gov-2025.txt', '21_guangdong-gov-2026.txt'].map((n) => path.join(SHARED, 'corpus', n));
  it('on a real pair (广东 2025 -> 2026): the twelve tasks of the 2025 plan, each with its answers', function () {
    if (!HAVE_SHARED || !pair.every((p) => fs.existsSync(p))) this.skip();
    const out = json(pair[0], pair[1]);
    assert.deepEqual(out.map((e) => e.item.line), [32, 37, 42, 47, 52, 57, 63, 67, 72, 78, 86, 91]);
    assert.ok(out.every((e) => /^（[一二三四五六七八九十]+）/.test(e.item.name)), 'a task is named by its heading with its marker');
    assert.equal(out[7].matches[0].line, 21, '（八）绿美广东生态建设 -> 这是绿美广东生态建设绘就新画卷的五年');
    for (const e of out) for (let i = 1; i < e.matches.length; i++) assert.ok(e.matches[i - 1].score >= e.matches[i].score, 'best first');
    assert.ok(out.every((e) => e.matches.every((m) => m.line >= 8 && m.line <= 24)), 'only paragraphs of the 2026 review part, not its shortcomings (line 25)');
  });

  it('usage and I/O errors exit 2 with a message, and print nothing on stdout', () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'plain.md'), '没有结构的一段话。\n');
    fs.writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const cases: [string[], RegExp][] = [
      [['compare', LAST], /compare takes two files: last year's report, then this year's/],
      [['compare', LAST, THIS, THIS], /compare takes two files/],
      [['compare', LAST, 'missing.md'], /missing\.md: /],
      [['compare', LAST, dir], new RegExp(`${dir.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}: `)],
      [['compare', LAST, 'binary.md'], /binary\.md: binary file/],
      [['compare', 'plain.md', THIS], /plain\.md: no annual plan part found/],
      [['compare', LAST, 'plain.md'], /plain\.md: no annual review part found/],
      [['compare', LAST, THIS, '--format', 'sarif'], /--format for compare must be text or json/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args, dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, message);
      assert.equal(r.out, '');
    }
    assert.match(runCli(['compare', LAST, 'missing.md', '--locale', 'zh'], dir).err, /missing\.md: /);
    assert.match(runCli(['compare', LAST], dir, { LANG: 'zh_CN.UTF-8' }).err, /compare 需要两个文件：先上年报告，后本年报告/);
  });
});
