import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { REPO_ROOT } from '../helpers/fixture';
import { cleanText, draftErrors, draftText, runCli, tmpdir, withDraft } from './cliHelpers';

describe('cli output: SARIF', function () {
  this.timeout(30000);

  it('percent-encodes file URIs: a space, #, % and %41 each stay part of their own file name', () => {
    const dir = tmpdir();
    fs.mkdirSync(path.join(dir, 'a b', 'x#1'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'a b', 'x#1', 'r 100%.md'), draftText());
    fs.writeFileSync(path.join(dir, 'pct%41.md'), draftText());
    fs.writeFileSync(path.join(dir, 'pctA.md'), cleanText());
    const sarif = JSON.parse(runCli(['check', '.', '--format', 'sarif'], dir).out);
    const run = sarif.runs[0];
    const uris = [...new Set(run.results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri))];
    assert.deepEqual(uris.sort(), ['a%20b/x%231/r%20100%25.md', 'pct%2541.md']);
    const base = run.originalUriBaseIds['%SRCROOT%'].uri;
    assert.equal(fileURLToPath(base), dir + path.sep);
    for (const uri of uris as string[]) {
      const file = fileURLToPath(new URL(uri, base));
      assert.ok(fs.existsSync(file), `${uri} resolves to ${file}`);
    }
  });

  it('lists skipped files and unfixed ones as toolExecutionNotifications', () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'bin.md'), Buffer.from([0, 1, 2, 3]));
    fs.writeFileSync(path.join(dir, 'ok.md'), cleanText());
    const r = runCli(['check', '.', '--format', 'sarif'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.err, 'workreport: bin.md: binary file; skipped\n');
    const invocation = JSON.parse(r.out).runs[0].invocations[0];
    assert.equal(invocation.executionSuccessful, false);
    assert.deepEqual(invocation.toolExecutionNotifications, [{
      level: 'error',
      message: { text: 'binary file; skipped' },
      descriptor: { id: 'file-skipped' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'bin.md', uriBaseId: '%SRCROOT%' } } }],
    }]);
    const driver = JSON.parse(r.out).runs[0].tool.driver;
    assert.ok(driver.notifications.some((n: { id: string }) => n.id === 'file-skipped'));
  });

  it('a file outside the working directory gets a file: URI', () => {
    const { dir } = withDraft();
    const elsewhere = tmpdir();
    const sarif = JSON.parse(runCli(['check', path.join(dir, 'draft.md'), '--format', 'sarif'], elsewhere).out);
    const uri = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    assert.equal(uri, pathToFileURL(path.join(dir, 'draft.md')).href);
  });
});

describe('cli output: the terminal', function () {
  this.timeout(30000);

  it('escapes control characters from file names and report text', () => {
    const text = draftText().replace('提出优化营商环境', '提出优化营商\x1b]0;owned\x07环境\x1b[2J').replace('（一）加强理论学习', '（一）加强\x1b[5m理论学习');
    const { dir } = withDraft('evil\x1b[31m\u202e.md', text);
    const check = runCli(['check', '.'], dir).out;
    assert.match(check, /^evil\\x1b\[31m\\u202e\.md:23:\d+ +warning +broken-paragraph +.*\\x1b\[2J/m);
    for (const args of [['check', '.'], ['outline', 'evil\x1b[31m\u202e.md'], ['check', 'missing\x1b[2J.md'], ['check', '.', '--fix']]) {
      const r = runCli(args, dir);
      assert.ok(!/[\x1b\x07\u202e]/.test(r.out + r.err), `${args[0]}: nothing raw reaches the terminal:\n${JSON.stringify(r.out + r.err)}`);
      assert.match(r.out + r.err, /\\x1b/);
    }
  });

  it('`--` ends the options: a report named -dash.md; without it, a hint', () => {
    const { dir } = withDraft('-dash.md', cleanText());
    const r = runCli(['check', '--', '-dash.md'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /No problems found \(1 file\(s\) checked\)/);
    const hint = runCli(['check', '-dash.md'], dir);
    assert.equal(hint.code, 2);
    assert.match(hint.err, /unknown option -dash\.md \(for a file of that name: -- -dash\.md or \.\/-dash\.md\)/);
  });
});

describe('cli hygiene: options, globs, version, language', function () {
  this.timeout(30000);

  it('globs by tinyglobby: braces and ! ignore patterns; node_modules never searched', () => {
    const dir = tmpdir();
    fs.mkdirSync(path.join(dir, 'old'));
    fs.mkdirSync(path.join(dir, 'node_modules'));
    for (const f of ['a.md', 'b.txt', 'c.json', 'old/d.md', 'node_modules/e.md']) fs.writeFileSync(path.join(dir, f), cleanText());
    const files = (args: string[]) => JSON.parse(runCli(['check', ...args, '--format', 'json'], dir).out).map((f: { file: string }) => f.file);
    assert.deepEqual(files(['*.{md,txt}']), ['a.md', 'b.txt']);
    assert.deepEqual(files(['.', '!old/**']), ['a.md', 'b.txt']);
    assert.deepEqual(files(['**/*.md', '!a.md']), ['old/d.md']);
    assert.deepEqual(files([`../${path.basename(dir)}/*.md`, path.join(dir, 'old', '*.md')]), ['a.md', 'old/d.md'], 'globs that climb out of the working directory or are absolute');
  });

  it('a glob with more than three * in one part is refused at once: picomatch would backtrack for minutes', () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, `${'a'.repeat(240)}.md`), cleanText());
    fs.writeFileSync(path.join(dir, '2024年工作报告.md'), cleanText());
    for (const glob of ['*a*a*a*a*c', '!*a*a*a*a*c']) {
      const r = runCli(['check', glob], dir);
      assert.ok(!r.killed, 'the CLI hung');
      assert.equal(r.code, 2);
      assert.equal(r.err, `workreport: ${glob}: more than 3 * in one part of a glob, which could take minutes to match\n`);
    }
    assert.deepEqual(JSON.parse(runCli(['check', '*2024*报告*', '--format', 'json'], dir).out).map((f: { file: string }) => f.file), ['2024年工作报告.md']);
  });

  it('options: values inline or apart, short clusters, and usage errors that exit 2', () => {
    const { dir } = withDraft();
    assert.equal(JSON.parse(runCli(['check', '--format=json', '-q', 'draft.md'], dir).out)[0].problems.length, draftErrors());
    assert.equal(runCli(['check', '--session-year=2025', 'draft.md', '--exit-zero'], dir).code, 0);
    for (const [args, pattern] of [
      [['check', '--format', '--fix'], /--format needs a value/],
      [['check', '--fix=yes'], /--fix takes no value/],
      [['check', '--session-year', '25'], /--session-year takes a four-digit year/],
      [['check', '--profile', 'constructor'], /unknown profile constructor/],
    ] as [string[], RegExp][]) {
      const r = runCli(args, dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, pattern);
    }
  });

  it('--version is package.json\'s, written nowhere else', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    assert.equal(runCli(['--version']).out, `${pkg.version}\n`);
    const cli = path.join(REPO_ROOT, 'server', 'src', 'cli');
    for (const f of fs.readdirSync(cli)) {
      assert.ok(!fs.readFileSync(path.join(cli, f), 'utf8').includes(`'${pkg.version}'`), `${f} writes the version by hand`);
    }
  });

  it('speaks Chinese with LANG=C.UTF-8 (and unset), English with LANG=en_US.UTF-8', () => {
    const { dir } = withDraft('r.md', cleanText());
    assert.equal(runCli(['check', 'r.md'], dir, { LANG: 'C.UTF-8' }).out, '未发现问题（检查了 1 个文件）\n');
    assert.equal(runCli(['check', 'r.md'], dir, { LANG: '' }).out, '未发现问题（检查了 1 个文件）\n');
    assert.equal(runCli(['check', 'r.md'], dir, { LANG: 'en_US.UTF-8' }).out, 'No problems found (1 file(s) checked)\n');
    assert.match(runCli(['check', '--bogus'], dir, { LANG: 'C.UTF-8' }).err, /未知选项 --bogus/);
  });
});
