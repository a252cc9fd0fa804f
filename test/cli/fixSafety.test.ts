import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { run as runInProcess } from '../../server/src/cli/main';
import { asNobody, draftProblems, draftText, names, openToAll, runCli, tmpdir, withDraft } from './cliHelpers';

/** What `check --fix` must do to the example draft: its seven fixes, the author's words kept. */
const isFixed = (text: string) => text.includes('### 三、践行全过程人民民主') && text.includes('——2025年1月8日') && text.includes('（三）持续关注民生实事');

const noStackTrace = (s: string) => assert.ok(!/\n\s+at /.test(s), `no stack trace:\n${s}`);

describe('cli --fix: a user\'s only copy is safe', function () {
  this.timeout(60000);

  it('a symlink planted at the old predictable temporary name is neither followed nor touched', () => {
    const { dir, file } = withDraft();
    const victim = path.join(dir, 'victim.txt');
    fs.writeFileSync(victim, 'someone else\'s file\n', { mode: 0o600 });
    // The name --fix used to write to: .NAME.PID.workreport.tmp (this process is the one that fixes).
    const planted = path.join(dir, `.draft.md.${process.pid}.workreport.tmp`);
    fs.symlinkSync(victim, planted);
    const out: string[] = [];
    const io = { out: { write: (s: string) => out.push(s) }, err: { write: (s: string) => out.push(s) }, cwd: dir } as unknown as Parameters<typeof runInProcess>[1];
    assert.equal(runInProcess(['check', '--fix', '--locale', 'en', 'draft.md'], io), 0, out.join(''));
    assert.equal(fs.readFileSync(victim, 'utf8'), 'someone else\'s file\n');
    assert.equal(fs.statSync(victim).mode & 0o777, 0o600);
    assert.ok(fs.lstatSync(planted).isSymbolicLink() && fs.readlinkSync(planted) === victim, 'the planted link is left as it was');
    assert.ok(fs.lstatSync(file).isFile() && isFixed(fs.readFileSync(file, 'utf8')));
    assert.deepEqual(names(dir), [path.basename(planted), 'draft.md', 'victim.txt']);
  });

  it('a symlinked report is fixed through its target and stays a symlink', () => {
    const { dir, file } = withDraft('real.md');
    fs.symlinkSync('real.md', path.join(dir, 'link.md'));
    const r = runCli(['check', '--fix', 'link.md'], dir);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /link\.md: fixed 7 problem\(s\)/);
    assert.ok(fs.lstatSync(path.join(dir, 'link.md')).isSymbolicLink());
    assert.ok(isFixed(fs.readFileSync(file, 'utf8')), 'the target is fixed');
    assert.deepEqual(names(dir), ['link.md', 'real.md']);
  });

  it('a hard-linked report is refused with one line and exit 2, its problems still reported', () => {
    const { dir, file } = withDraft();
    fs.linkSync(file, path.join(dir, 'same-file.md'));
    const r = runCli(['check', '--fix', 'draft.md', '--format', 'json'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.err, 'workreport: draft.md: not fixed: has 2 hard links, which a rewrite would split; not changed\n');
    const [result] = JSON.parse(r.out);
    assert.equal(result.fixError, 'has 2 hard links, which a rewrite would split; not changed');
    assert.equal(result.problems.length, draftProblems(), 'the unchanged file\'s problems');
    assert.equal(fs.readFileSync(file, 'utf8'), draftText());
    assert.equal(fs.statSync(file).nlink, 2);
  });

  it('a read-only (0444) report is refused, even for root, and the other files are still fixed', () => {
    const { dir, file } = withDraft('ro.md');
    fs.chmodSync(file, 0o444);
    fs.writeFileSync(path.join(dir, 'rw.md'), draftText());
    const r = runCli(['check', '--fix', '.'], dir);
    assert.equal(r.code, 2);
    assert.match(r.out, /^ro\.md: not fixed: read-only; not changed$/m);
    assert.match(r.out, /^rw\.md: fixed 7 problem\(s\)$/m);
    assert.equal(fs.readFileSync(file, 'utf8'), draftText());
    assert.equal(fs.statSync(file).mode & 0o777, 0o444);
    assert.ok(isFixed(fs.readFileSync(path.join(dir, 'rw.md'), 'utf8')));
  });

  it('a report in a folder the user cannot write: one line, exit 2, nothing left behind', function () {
    if (!asNobody.prefix) {
      console.log(`      (skipped: ${asNobody.why})`);
      this.skip();
    }
    const dir = openToAll(tmpdir());
    const folder = path.join(dir, 'locked');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'draft.md'), draftText(), { mode: 0o666 });
    fs.chmodSync(path.join(folder, 'draft.md'), 0o666);
    fs.chmodSync(folder, 0o555);
    const r = runCli(['check', '--fix', 'locked/draft.md', '--format', 'sarif'], dir, {}, asNobody.prefix!);
    assert.equal(r.code, 2, r.err);
    assert.equal(r.err, 'workreport: locked/draft.md: not fixed: cannot create a temporary file in its folder (EACCES); not changed\n');
    noStackTrace(r.err);
    const sarif = JSON.parse(r.out);
    assert.equal(sarif.runs[0].results.length, draftProblems(), 'the SARIF still holds the file\'s problems');
    assert.equal(sarif.runs[0].invocations[0].toolExecutionNotifications[0].descriptor.id, 'fix-not-written');
    assert.deepEqual(names(folder), ['draft.md']);
    assert.equal(fs.readFileSync(path.join(folder, 'draft.md'), 'utf8'), draftText());
  });

  it('fixes a report whose name is as long as a name may be (80 Chinese characters)', () => {
    const name = `${'报'.repeat(80)}.md`;
    const { dir, file } = withDraft(name);
    const r = runCli(['check', '--fix', name], dir);
    assert.equal(r.code, 0, r.out + r.err);
    assert.ok(isFixed(fs.readFileSync(file, 'utf8')));
    assert.deepEqual(names(dir), [name]);
  });

  it('keeps the UTF-8 BOM', () => {
    const { dir, file } = withDraft('bom.md', `\ufeff${draftText()}`);
    const r = runCli(['check', '--fix', 'bom.md'], dir);
    assert.equal(r.code, 0, r.out + r.err);
    const bytes = fs.readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 4)], [0xef, 0xbb, 0xbf, 0x23], 'one BOM, then the title');
    assert.ok(isFixed(bytes.toString('utf8')));
  });

  it('keeps CRLF line endings, in --fix and in draft-next -o', () => {
    const { dir, file } = withDraft('crlf.md', draftText().replace(/\n/g, '\r\n'));
    assert.equal(runCli(['check', '--fix', 'crlf.md'], dir).code, 0);
    const fixed = fs.readFileSync(file, 'utf8');
    assert.ok(isFixed(fixed));
    assert.ok(!/(^|[^\r])\n/.test(fixed), 'no lone \\n');
    const r = runCli(['draft-next', 'crlf.md', '-o', 'next.md'], dir);
    assert.equal(r.code, 0, r.err);
    const next = fs.readFileSync(path.join(dir, 'next.md'), 'utf8');
    assert.ok(next.includes('2026年工作设想'));
    assert.ok(!/(^|[^\r])\n/.test(next), 'the draft keeps the report\'s CRLF');
  });

  it('prints each change (file:line  rule-id  "before" -> "after") and what it left alone for a person', () => {
    const text = draftText();
    const plan = text.indexOf('## 2025年工作设想');
    const { dir } = withDraft('draft.md', text.slice(0, plan) + text.slice(text.indexOf('各位代表，新的一年')));
    const r = runCli(['check', '--fix', 'draft.md'], dir);
    assert.match(r.out, /^ {2}draft\.md:31 {2}numbering-sequence {2}"四" -> "三"$/m);
    assert.match(r.out, /^ {2}draft\.md:29 {2}marker-bracket {2}"\(三）" -> "（三）"$/m);
    assert.match(r.out, /^ {2}draft\.md:23 {2}broken-paragraph {2}"\\n\\n" -> ""$/m);
    assert.match(r.out, /^draft\.md: --fix left 1 problem\(s\) alone: their fixes are quick fixes for a person to choose in the editor\n {2}draft\.md:\d+ {2}required-part$/m);
  });
});

describe('cli draft-next -o: never over anything', function () {
  this.timeout(30000);

  it('does not follow a dangling symlink, even with --force', () => {
    const { dir } = withDraft();
    fs.symlinkSync('would-be-created.md', path.join(dir, 'next.md'));
    for (const force of [[], ['--force']]) {
      const r = runCli(['draft-next', 'draft.md', '-o', 'next.md', ...force], dir);
      assert.equal(r.code, 2);
      assert.equal(r.err, 'workreport: next.md: a symbolic link to a file that does not exist; not followed\n');
    }
    assert.deepEqual(names(dir), ['draft.md', 'next.md']);
  });

  it('replaces an existing file only with --force', () => {
    const { dir } = withDraft();
    fs.writeFileSync(path.join(dir, 'next.md'), '旧稿\n');
    const r = runCli(['draft-next', 'draft.md', '-o', 'next.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /next\.md: exists; not overwritten \(--force replaces it\)/);
    assert.equal(fs.readFileSync(path.join(dir, 'next.md'), 'utf8'), '旧稿\n');
    assert.equal(runCli(['draft-next', 'draft.md', '-o', 'next.md', '--force'], dir).code, 0);
    assert.ok(fs.readFileSync(path.join(dir, 'next.md'), 'utf8').includes('2026年工作设想'));
  });
});
