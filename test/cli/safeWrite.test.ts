import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import nodeFs = require('fs');
import * as path from 'path';
import { createFile, readRegularFile, replaceFile, type FileSnapshot } from '../../server/src/node/safeWrite';
import { en } from '../helpers/l10n';
import { names, tmpdir } from './cliHelpers';

const MAX = 1 << 20;

function snapshot(file: string): FileSnapshot {
  const read = readRegularFile(file, MAX);
  assert.ok(read.ok, read.ok ? '' : en(read.reason));
  return read.value;
}

function refused(outcome: ReturnType<typeof replaceFile>, pattern: RegExp): void {
  assert.ok(!outcome.ok, 'the write must be refused');
  assert.match(en(outcome.reason), pattern);
}

describe('safe write: a report is replaced only when it is still the one that was read', () => {
  it('an edit saved between the read and the write is kept: the write is refused, nothing is left behind', () => {
    const dir = tmpdir();
    const file = path.join(dir, 'r.md');
    fs.writeFileSync(file, '一、原文\n');
    const snap = snapshot(file);
    fs.appendFileSync(file, '作者刚保存的一句。\n');
    refused(replaceFile(snap, Buffer.from('一、修复\n')), /changed since it was read/);
    assert.equal(fs.readFileSync(file, 'utf8'), '一、原文\n作者刚保存的一句。\n');
    assert.deepEqual(names(dir), ['r.md']);
  });

  it('a change of the same size within the same second is caught by the content hash', () => {
    const dir = tmpdir();
    const file = path.join(dir, 'r.md');
    fs.writeFileSync(file, '一、甲乙\n');
    fs.utimesSync(file, 1_700_000_000, 1_700_000_000);
    const snap = snapshot(file);
    fs.writeFileSync(file, '一、丙丁\n');
    fs.utimesSync(file, 1_700_000_000, 1_700_000_000);
    assert.equal(fs.statSync(file, { bigint: true }).mtimeNs, snap.stat.mtimeNs, 'same mtime, same size: only the hash differs');
    refused(replaceFile(snap, Buffer.from('一、修复\n')), /changed since it was read/);
    assert.equal(fs.readFileSync(file, 'utf8'), '一、丙丁\n');
  });

  it('an unchanged file is replaced, keeping its mode, with no temporary file left', () => {
    const dir = tmpdir();
    const file = path.join(dir, 'r.md');
    fs.writeFileSync(file, '旧\n');
    fs.chmodSync(file, 0o640);
    assert.ok(replaceFile(snapshot(file), Buffer.from('新\n')).ok);
    assert.equal(fs.readFileSync(file, 'utf8'), '新\n');
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(names(dir), ['r.md']);
  });

  it('a symlinked report stays a symlink and its target is replaced', () => {
    const dir = tmpdir();
    fs.mkdirSync(path.join(dir, 'real'));
    const target = path.join(dir, 'real', 'r.md');
    fs.writeFileSync(target, '旧\n');
    const link = path.join(dir, 'link.md');
    fs.symlinkSync(path.join('real', 'r.md'), link);
    assert.ok(replaceFile(snapshot(link), Buffer.from('新\n')).ok);
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.equal(fs.readlinkSync(link), path.join('real', 'r.md'));
    assert.equal(fs.readFileSync(target, 'utf8'), '新\n');
    assert.deepEqual(names(path.join(dir, 'real')), ['r.md']);
  });

  it('refuses a hard-linked file (a rename would split the links) and a read-only one, even for root', () => {
    const dir = tmpdir();
    const file = path.join(dir, 'r.md');
    fs.writeFileSync(file, '旧\n');
    fs.linkSync(file, path.join(dir, 'other-name.md'));
    refused(replaceFile(snapshot(file), Buffer.from('新\n')), /has 2 hard links/);
    assert.equal(fs.readFileSync(path.join(dir, 'other-name.md'), 'utf8'), '旧\n');
    const ro = path.join(dir, 'ro.md');
    fs.writeFileSync(ro, '旧\n');
    fs.chmodSync(ro, 0o444);
    refused(replaceFile(snapshot(ro), Buffer.from('新\n')), /read-only/);
    assert.equal(fs.readFileSync(ro, 'utf8'), '旧\n');
    assert.deepEqual(names(dir), ['other-name.md', 'r.md', 'ro.md']);
  });
});

describe('safe write: a disk that fails mid-write', () => {
  /** Makes Node's fs[name] throw `code` for the duration of `body` (the module itself, which safeWrite reads). */
  function failing<T>(name: 'writeSync' | 'fsyncSync', code: string, body: () => T): T {
    const real = nodeFs[name];
    (nodeFs as unknown as Record<string, unknown>)[name] = () => {
      throw Object.assign(new Error(`${code}: simulated`), { code });
    };
    try {
      return body();
    } finally {
      (nodeFs as unknown as Record<string, unknown>)[name] = real;
    }
  }

  // A full disk fails the write (ENOSPC); a disk that loses the data fails the fsync (EIO, or ENOSPC on file
  // systems that allocate late). Either way the report must be the one the author had, with nothing beside it.
  for (const [name, code] of [['writeSync', 'ENOSPC'], ['fsyncSync', 'ENOSPC'], ['fsyncSync', 'EIO']] as const) {
    it(`${code} from ${name}: the report is unchanged, the temporary file removed, the reason named`, () => {
      const dir = tmpdir();
      const file = path.join(dir, '报告.md');
      fs.writeFileSync(file, '一、原文😀\n');
      const snap = snapshot(file);
      const outcome = failing(name, code, () => replaceFile(snap, Buffer.from('一、修复\n')));
      refused(outcome, new RegExp(`cannot write \\(${code}\\); not changed`));
      assert.equal(fs.readFileSync(file, 'utf8'), '一、原文😀\n');
      assert.deepEqual(names(dir), ['报告.md']);
    });
  }

  it('ENOSPC while creating next year’s draft leaves no partial file', () => {
    const dir = tmpdir();
    const file = path.join(dir, 'draft.md');
    const outcome = failing('writeSync', 'ENOSPC', () => createFile(file, Buffer.from('一、草稿\n'), { force: false, max: MAX }));
    assert.ok(!outcome.ok);
    assert.match(en(outcome.reason), /ENOSPC/);
    assert.deepEqual(names(dir), []);
  });
});

describe('safe write: reading only regular files', () => {
  it('refuses a FIFO, a device, a folder and a file over the cap without reading them', () => {
    const dir = tmpdir();
    const fifo = path.join(dir, 'f.md');
    execFileSync('mkfifo', [fifo]);
    const says = (file: string, max = MAX) => {
      const r = readRegularFile(file, max);
      assert.ok(!r.ok);
      return en(r.reason);
    };
    assert.match(says(fifo), /not a regular file \(a FIFO\)/);
    assert.match(says('/dev/zero'), /not a regular file \(a character device\)/);
    assert.match(says(dir), /not a regular file \(a folder\)/);
    fs.writeFileSync(path.join(dir, 'big.md'), Buffer.alloc(2048, 0x61));
    assert.match(says(path.join(dir, 'big.md'), 1024), /file too large/);
    fs.symlinkSync('nowhere.md', path.join(dir, 'dangling.md'));
    assert.match(says(path.join(dir, 'dangling.md')), /symbolic link to a file that does not exist/);
  });
});

describe('safe write: creating a file', () => {
  it('never follows a dangling symlink, with or without force', () => {
    const dir = tmpdir();
    const link = path.join(dir, 'out.md');
    fs.symlinkSync('created-through-the-link.md', link);
    for (const force of [false, true]) {
      const r = createFile(link, Buffer.from('草稿\n'), { force, max: MAX });
      assert.ok(!r.ok);
      assert.match(en(r.reason), /symbolic link to a file that does not exist; not followed/);
    }
    assert.deepEqual(names(dir), ['out.md']);
  });

  it('never overwrites without force; with force replaces through a symlink, which stays', () => {
    const dir = tmpdir();
    const target = path.join(dir, 'target.md');
    fs.writeFileSync(target, '旧\n');
    fs.symlinkSync('target.md', path.join(dir, 'out.md'));
    const kept = createFile(path.join(dir, 'out.md'), Buffer.from('新\n'), { force: false, max: MAX });
    assert.ok(!kept.ok);
    assert.match(en(kept.reason), /exists; not overwritten \(--force replaces it\)/);
    assert.equal(fs.readFileSync(target, 'utf8'), '旧\n');
    assert.ok(createFile(path.join(dir, 'out.md'), Buffer.from('新\n'), { force: true, max: MAX }).ok);
    assert.equal(fs.readFileSync(target, 'utf8'), '新\n');
    assert.ok(fs.lstatSync(path.join(dir, 'out.md')).isSymbolicLink());
    assert.ok(createFile(path.join(dir, 'fresh.md'), Buffer.from('草稿\n'), { force: false, max: MAX }).ok);
    assert.equal(fs.readFileSync(path.join(dir, 'fresh.md'), 'utf8'), '草稿\n');
    assert.equal(fs.statSync(path.join(dir, 'fresh.md')).nlink, 1);
    assert.deepEqual(names(dir), ['fresh.md', 'out.md', 'target.md']);
  });
});
