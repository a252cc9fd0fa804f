import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { asNobody, cleanText, draftProblems, draftText, openToAll, runCli, tmpdir, withDraft } from './cliHelpers';

const RULES_OFF = '{ "rules": { "numbering-sequence": "off", "marker-punctuation": "off", "marker-bracket": "off" } }';

describe('cli inputs: only regular files, never a hang', function () {
  this.timeout(60000);

  it('a FIFO and /dev/zero given as paths are refused at once, each with its reason', () => {
    const dir = tmpdir();
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    const r = runCli(['check', 'pipe.md', '/dev/zero'], dir);
    assert.ok(!r.killed, 'the CLI hung');
    assert.equal(r.code, 2);
    assert.match(r.out, /^pipe\.md: not a regular file \(a FIFO\); skipped$/m);
    assert.match(r.out, /^\/dev\/zero: not a regular file \(a character device\); skipped$/m);
    for (const command of ['outline', 'draft-next']) {
      const single = runCli([command, 'pipe.md'], dir);
      assert.ok(!single.killed, `${command} hung`);
      assert.equal(single.code, 2);
    }
  });

  it('a .workreportrc.json that is a FIFO, or a symlink to /dev/zero, is skipped with a message', () => {
    for (const plant of [(p: string) => execFileSync('mkfifo', [p]), (p: string) => fs.symlinkSync('/dev/zero', p)]) {
      const { dir } = withDraft('r.md', cleanText());
      plant(path.join(dir, '.workreportrc.json'));
      const r = runCli(['check', 'r.md'], dir);
      assert.ok(!r.killed, 'the CLI hung');
      assert.equal(r.code, 2);
      assert.match(r.err, /\.workreportrc\.json: configuration not read: not a regular file \(a (FIFO|character device)\); skipped/);
      assert.match(r.out, /No problems found \(1 file\(s\) checked\)/, 'the report is still checked');
    }
  });

  it('UTF-16 is called UTF-16, not binary', () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(cleanText(), 'utf16le')]));
    fs.writeFileSync(path.join(dir, 'ascii16.txt'), Buffer.from('Report\r\n', 'utf16le'));
    const r = runCli(['check', 'le.txt', 'ascii16.txt'], dir);
    assert.equal(r.code, 2);
    assert.match(r.out, /^le\.txt: UTF-16 \(LE\) text, not UTF-8; save it as UTF-8$/m);
    assert.match(r.out, /^ascii16\.txt: UTF-16 \(LE\) text, not UTF-8; save it as UTF-8$/m);
  });

  it('a skipped file is not counted as checked, and the summary says how many were not', () => {
    const { dir } = withDraft('good.md', cleanText());
    fs.writeFileSync(path.join(dir, 'bin.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    const r = runCli(['check', '.'], dir);
    assert.equal(r.code, 2);
    assert.match(r.out, /^bin\.md: binary file; skipped$/m);
    assert.match(r.out, /^No problems found \(1 file\(s\) checked\)\n1 path\(s\) not checked \(see above\)\n$/m);
  });

  it('symlinked reports in a folder are checked (once); a dangling one is reported', () => {
    const dir = tmpdir();
    fs.mkdirSync(path.join(dir, 'elsewhere'));
    fs.mkdirSync(path.join(dir, 'reports'));
    fs.writeFileSync(path.join(dir, 'elsewhere', 'draft.md'), draftText());
    fs.symlinkSync(path.join('..', 'elsewhere', 'draft.md'), path.join(dir, 'reports', 'link.md'));
    fs.symlinkSync('gone.md', path.join(dir, 'reports', 'dangling.md'));
    const r = runCli(['check', 'reports', '--format', 'json'], dir);
    assert.equal(r.code, 2);
    const files = JSON.parse(r.out);
    assert.deepEqual(files.map((f: { file: string }) => f.file), ['reports/dangling.md', 'reports/link.md']);
    assert.match(files[0].skipped, /symbolic link to a file that does not exist/);
    assert.equal(files[1].problems.length, draftProblems());
    assert.equal(JSON.parse(runCli(['check', '.', '--format', 'json'], dir).out).filter((f: { skipped?: string }) => !f.skipped).length, 1,
      'the link and its target are one file');
  });

  it('an unreadable folder is reported, not "0 file(s) checked" and exit 0', function () {
    if (!asNobody.prefix) {
      console.log(`      (skipped: ${asNobody.why})`);
      this.skip();
    }
    const dir = openToAll(tmpdir());
    fs.mkdirSync(path.join(dir, 'private'), { mode: 0o700 });
    fs.writeFileSync(path.join(dir, 'private', 'r.md'), cleanText());
    const r = runCli(['check', 'private'], dir, {}, asNobody.prefix!);
    assert.equal(r.code, 2);
    assert.match(r.out, /^private: cannot read folder \(EACCES\); skipped$/m);
  });
});

describe('cli configuration search: bounded', function () {
  this.timeout(30000);

  it('stops at the repository root (a folder holding .git)', () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, '.workreportrc.json'), RULES_OFF);
    fs.mkdirSync(path.join(dir, 'repo', '.git'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'repo', 'r.md'), draftText());
    assert.equal(runCli(['check', 'repo/r.md'], dir).code, 1, 'the configuration above the repository does not apply');
    fs.writeFileSync(path.join(dir, 'repo', '.workreportrc.json'), RULES_OFF);
    assert.equal(runCli(['check', 'repo/r.md'], dir).code, 0, 'the repository root\'s own does');
  });

  it('never reads one in a folder every user can write (a /tmp/.workreportrc.json), and says so', () => {
    const shared = tmpdir();
    fs.chmodSync(shared, 0o1777);
    fs.writeFileSync(path.join(shared, '.workreportrc.json'), RULES_OFF);
    fs.mkdirSync(path.join(shared, 'mine'));
    fs.writeFileSync(path.join(shared, 'mine', 'r.md'), draftText());
    const r = runCli(['check', 'mine/r.md'], shared);
    assert.equal(r.code, 1, 'the rules stay on');
    assert.match(r.err, /\.workreportrc\.json: ignored: its folder is writable by every user/);
  });

  it('stops at the home folder', () => {
    const home = tmpdir();
    fs.writeFileSync(path.join(home, '.workreportrc.json'), RULES_OFF);
    fs.mkdirSync(path.join(home, 'user', 'reports'), { recursive: true });
    fs.writeFileSync(path.join(home, 'user', 'reports', 'r.md'), draftText());
    const env = { HOME: path.join(home, 'user'), USERPROFILE: path.join(home, 'user') };
    assert.equal(runCli(['check', 'user/reports/r.md'], home, env).code, 1, 'above home does not apply');
    fs.writeFileSync(path.join(home, 'user', '.workreportrc.json'), RULES_OFF);
    assert.equal(runCli(['check', 'user/reports/r.md'], home, env).code, 0, 'home\'s own does');
  });
});
