import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT, EXAMPLE, EXAMPLE_DRAFT, seedText, HAVE_SHARED } from '../helpers/fixture';
import { words } from '../helpers/generate';
import { tmpdir } from './cliHelpers';
import { run as runInProcess } from '../../server/src/cli/main';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

function run(args: string[], cwd = REPO_ROOT, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}


describe('cli: check', function () {
  this.timeout(20000);

  it('exits 0 on a clean report and says so', () => {
    const r = run(['check', EXAMPLE]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /No problems found \(1 file\(s\) checked\)/);
  });

  it('exits 1 on errors, printing file:line:col  level  rule-id  message', () => {
    const r = run(['check', EXAMPLE_DRAFT, '--locale', 'zh']);
    assert.equal(r.code, 1);
    const line = r.out.split('\n').find((l) => l.includes('numbering-sequence'))!;
    assert.match(line, /^examples\/示例区人大常委会工作报告（初稿）\.md:31:5\s+错误\s+numbering-sequence\s+“二、”之后应为“三、”，此处为“四、”$/);
    assert.ok(!/\x1b\[/.test(r.out), 'no colour when not on a terminal');
  });

  it('recurses into folders, skipping node_modules and .git, and takes globs', () => {
    const dir = tmpdir();
    fs.mkdirSync(path.join(dir, 'a', 'node_modules'), { recursive: true });
    fs.mkdirSync(path.join(dir, '.git'));
    fs.copyFileSync(EXAMPLE, path.join(dir, 'a', 'r.md'));
    fs.copyFileSync(EXAMPLE_DRAFT, path.join(dir, 'a', 'node_modules', 'x.md'));
    fs.copyFileSync(EXAMPLE_DRAFT, path.join(dir, '.git', 'y.md'));
    fs.writeFileSync(path.join(dir, 'a', 'skip.json'), '{}');
    assert.equal(run(['check', '.'], dir).out.trim(), 'No problems found (1 file(s) checked)');
    fs.copyFileSync(EXAMPLE_DRAFT, path.join(dir, 'a', 'd.txt'));
    const glob = run(['check', 'a/**/*.txt', '--format', 'json'], dir);
    assert.deepEqual(JSON.parse(glob.out).map((f: { file: string }) => f.file), ['a/d.txt']);
  });

  it('--max-warnings and --quiet', () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'w.md'), fs.readFileSync(EXAMPLE, 'utf8').replace('——2025年1月8日', '——2025年01月08日'));
    assert.equal(run(['check', 'w.md'], dir).code, 0, 'warnings alone pass');
    assert.equal(run(['check', 'w.md', '--max-warnings', '0'], dir).code, 1);
    assert.equal(run(['check', 'w.md', '--max-warnings', '1'], dir).code, 0);
    const quiet = run(['check', EXAMPLE_DRAFT, '--quiet']).out;
    assert.ok(/:\d+:\d+\s+error\s/.test(quiet) && !/:\d+:\d+\s+warning\s/.test(quiet), quiet);
  });

  it('--session-year and --profile override the file', () => {
    const r = run(['check', EXAMPLE, '--session-year', '2026', '--format', 'json']);
    const ids = JSON.parse(r.out)[0].problems.map((p: { ruleId: string }) => p.ruleId);
    assert.deepEqual(ids, ['year-mismatch', 'year-mismatch', 'year-mismatch']);
    assert.equal(run(['check', EXAMPLE, '--profile', 'nonsense']).code, 2);
  });

  it('json output lists each file with its problems, 1-based positions', () => {
    const r = run(['check', EXAMPLE_DRAFT, '--format', 'json', '--locale', 'en']);
    const [file] = JSON.parse(r.out);
    const seq = file.problems.find((p: { ruleId: string }) => p.ruleId === 'numbering-sequence');
    assert.deepEqual([seq.line, seq.column, seq.severity, seq.fixable], [31, 5, 'error', true]);
    assert.equal(seq.message, 'After “二、” expected “三、”, found “四、”');
  });

  it('--fix writes the fixes in place and leaves the author’s words', () => {
    const dir = tmpdir();
    const target = path.join(dir, 'draft.md');
    fs.copyFileSync(EXAMPLE_DRAFT, target);
    const before = fs.readFileSync(target, 'utf8');
    const r = run(['check', '--fix', 'draft.md'], dir);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /draft\.md: fixed 7 problem\(s\)/);
    const after = fs.readFileSync(target, 'utf8');
    assert.equal(words(after), words(before));
    assert.ok(after.includes('### 三、践行全过程人民民主') && after.includes('2024年主要工作回顾') && after.includes('——2025年1月8日'));
    assert.deepEqual(fs.readdirSync(dir), ['draft.md'], 'no temporary file left behind');
    run(['check', '--fix', 'draft.md'], dir);
    assert.equal(fs.readFileSync(target, 'utf8'), after, 'a second --fix changes nothing');
  });

  it('reads .workreportrc.json upward, and --config; a broken one exits 2 with its location', () => {
    const dir = tmpdir();
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.copyFileSync(EXAMPLE_DRAFT, path.join(dir, 'sub', 'd.md'));
    fs.writeFileSync(path.join(dir, '.workreportrc.json'), '{ /* 数字不查 */ "rules": { "numbering-sequence": "off", "marker-punctuation": "off", "marker-bracket": "off" } }');
    const r = run(['check', 'sub', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.err);
    assert.ok(!JSON.parse(r.out)[0].problems.some((p: { severity: string }) => p.severity === 'error'));
    fs.writeFileSync(path.join(dir, 'other.json'), '{ "rules": { "date-format": "off" } }');
    const viaConfig = run(['check', 'sub', '--config', 'other.json', '--format', 'json'], dir);
    assert.equal(viaConfig.code, 1, 'the explicit config replaces the one found upward');
    fs.writeFileSync(path.join(dir, '.workreportrc.json'), '{\n  "rules": { "numbering-sequence": "loud" }\n}');
    const broken = run(['check', 'sub'], dir);
    assert.equal(broken.code, 2);
    assert.match(broken.err, /\.workreportrc\.json:2:\d+: The level of "numbering-sequence" must be one of/);
  });

  it('bad paths, binary, non-UTF-8 and bad options: one clear line each, exit 2, never a stack trace', () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'bin.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    fs.writeFileSync(path.join(dir, 'gbk.txt'), Buffer.from([0xb9, 0xa4, 0xd7, 0xf7, 0xb1, 0xa8, 0xb8, 0xe6]));
    for (const [args, pattern] of [
      [['check', 'missing.md'], /missing\.md: no such file or no match/],
      [['check', 'bin.md'], /bin\.md: binary file; skipped/],
      [['check', 'gbk.txt'], /gbk\.txt: not UTF-8 \(perhaps GBK\); save it as UTF-8/],
      [['check', '--format', 'xml'], /--format must be text, json or sarif/],
      [['check', '--bogus'], /unknown option --bogus/],
      [['check', '--max-warnings'], /--max-warnings needs a value/],
    ] as [string[], RegExp][]) {
      const r = run(args, dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.out + r.err, pattern);
      assert.ok(!/\n\s+at /.test(r.err), 'no stack trace');
    }
  });

  it('--help and --version', () => {
    assert.match(run(['--help']).out, /workreport check \[paths or globs…\]/);
    assert.match(run(['--version']).out, /^\d+\.\d+\.\d+\n$/);
  });
});

describe('cli: sarif', function () {
  this.timeout(20000);
  it('the seed’s SARIF has the structure GitHub code scanning accepts', function () {
    if (!HAVE_SHARED) this.skip();
    const dir = tmpdir();
    fs.mkdirSync(path.join(dir, 'reports'));
    fs.writeFileSync(path.join(dir, 'reports', 'seed.md'), seedText()!);
    const r = run(['check', 'reports', '--format', 'sarif'], dir);
    assert.equal(r.code, 0, 'warnings only');
    const sarif = JSON.parse(r.out);
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    const run0 = sarif.runs[0];
    const driver = run0.tool.driver;
    assert.equal(driver.name, 'workreport');
    assert.match(driver.version, /^\d+\.\d+\.\d+$/);
    assert.match(driver.informationUri, /^https:\/\//);
    assert.ok(driver.rules.length >= 19);
    for (const rule of driver.rules) {
      assert.match(rule.id, /^[a-z-]+$/);
      assert.ok(rule.shortDescription.text);
      assert.match(rule.helpUri, new RegExp(`#${rule.id}$`));
      assert.ok(['error', 'warning', 'note', 'none'].includes(rule.defaultConfiguration.level));
    }
    const broken = run0.results.filter((x: { ruleId: string }) => x.ruleId === 'broken-paragraph');
    assert.equal(broken.length, 6);
    for (const res of run0.results) {
      assert.ok(driver.rules.some((x: { id: string }) => x.id === res.ruleId));
      assert.ok(['error', 'warning', 'note'].includes(res.level));
      assert.ok(res.message.text);
      const loc = res.locations[0].physicalLocation;
      assert.equal(loc.artifactLocation.uri, 'reports/seed.md');
      assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1 && loc.region.endLine >= loc.region.startLine);
    }
    assert.equal(run0.columnKind, 'utf16CodeUnits');
  });

  it('columns are UTF-16 code units: 𠮷 counts two', () => {
    const dir = tmpdir();
    const text = fs.readFileSync(EXAMPLE, 'utf8').replace('### 二、聚焦发展大局', '### 𠮷𠮷 插入\n\n### 三、聚焦发展大局');
    fs.writeFileSync(path.join(dir, 'r.md'), text.replace('### 𠮷𠮷 插入', '𠮷𠮷，插入正文。'));
    const sarif = JSON.parse(run(['check', 'r.md', '--format', 'sarif'], dir).out);
    const res = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'numbering-sequence');
    assert.equal(res.locations[0].physicalLocation.region.startColumn, 5);
  });
});

describe('cli: outline and draft-next', function () {
  this.timeout(20000);
  it('prints the tree with 字数, as text and as JSON', () => {
    const text = run(['outline', EXAMPLE, '--locale', 'zh']);
    assert.equal(text.code, 0);
    const lines = text.out.split('\n');
    assert.match(lines[0], /^示例区人民代表大会常务委员会工作报告 {2}\d+字$/);
    assert.match(lines[1], /^ {2}2024年主要工作回顾 \[工作回顾\] {2}\d+字$/);
    assert.match(run(['outline', EXAMPLE, '--locale', 'en']).out.split('\n')[1], /^ {2}2024年主要工作回顾 \[review\] /, 'the role’s name in the CLI’s language');
    const json = JSON.parse(run(['outline', EXAMPLE, '--format', 'json']).out);
    assert.equal(json[0].children.length, 2);
    assert.deepEqual(json[0].children.map((p: { role: string }) => p.role), ['review', 'plan'], 'stable role ids');
    assert.equal(json[0].children[0].children[1].children[2].name, '（三）持续关注民生实事');
  });

  it('says in the CLI’s language that an outline too long to list stops short', () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'long.md'), Array.from({ length: 30_000 }, (_, k) => (k % 2 ? '（一）标题' : '一、标题')).join('\n'));
    const last = (locale: string) => run(['outline', 'long.md', '--locale', locale], dir).out.trim().split('\n').at(-1);
    assert.match(last('zh') ?? '', /^……（另有 \d+ 个标题未在大纲中列出）/);
    assert.match(last('en') ?? '', /^… \(\d+ more headings are not listed in the outline\)/);
  });

  it('draft-next writes next year’s draft and never overwrites', () => {
    const dir = tmpdir();
    const r = run(['draft-next', EXAMPLE, '-o', 'next.md', '--locale', 'zh'], dir);
    assert.equal(r.code, 0, r.err);
    const next = fs.readFileSync(path.join(dir, 'next.md'), 'utf8');
    assert.ok(next.startsWith('# 示例区人民代表大会常务委员会工作报告\n\n——2026年×月×日在示例区第十八届人民代表大会第×次会议上'));
    assert.ok(next.includes('## 2025年主要工作回顾\n\n### 一、围绕高质量发展，精准开展监督'));
    assert.ok(next.includes('## 2026年工作设想'));
    assert.equal(run(['draft-next', EXAMPLE, '-o', 'next.md'], dir).code, 2);
  });
});

describe('cli: the README contract', function () {
  this.timeout(30000);
  it('`npm run demo` checks the bundled examples and prints the outline (its steps after the build)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    const steps: string[] = pkg.scripts.demo.split('&&').map((s: string) => s.trim()).filter((s: string) => !s.startsWith('npm run build'));
    assert.equal(steps.length, 2);
    const outputs = steps.map((step) => {
      const r = spawnSync(step, { cwd: REPO_ROOT, shell: true, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      assert.equal(r.status, 0, `${step}: ${r.stderr}`);
      return r.stdout;
    });
    assert.match(outputs[0], /numbering-sequence/, 'the draft example shows its problems');
    assert.match(outputs[0], /7 problem\(s\)|共 7 个问题/);
    assert.match(outputs[1], /^示例区人民代表大会常务委员会工作报告/);
  });
  it('the README starts with the two commands that matter', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8').split('\n').slice(0, 6).join('\n');
    assert.match(readme, /npm ci && npm run demo/);
    assert.match(readme, /npm test/);
  });
});
