/**
 * The one way the product reads a file it may rewrite and writes a file (`check --fix`, `draft-next -o`; the
 * editor's commands that write are to use it too). A user's report is often their only copy, so:
 *
 * - Only regular files are read, under a size cap, and a device or FIFO is never opened (`stat` first, then
 *   `open` with O_NONBLOCK and `fstat` again, so a swap in between cannot make a read block or run forever).
 * - A rewrite goes to a temporary file created exclusively (O_EXCL | O_NOFOLLOW, a random name, the original's
 *   mode from the start) in the target's own folder, is fsync'ed, and is renamed over the file only if the
 *   file is still the one that was read (same inode, size, mtime and content hash); otherwise nothing changes.
 *   A planted file or symlink at the temporary name makes the write fail; it is never followed or replaced.
 * - The rename replaces the resolved target: a symlinked report stays a symlink, and its target is fixed.
 * - Read-only files and files with other hard links are refused (a rename would rewrite the first and split
 *   the second). Extended attributes and ACLs are not copied to the new file (Node has no API for them).
 * - Every failure is a Message (no stack trace) and leaves no temporary file behind.
 *
 * Between the last check and the rename a concurrent writer can still slip in: the window is one system call
 * wide instead of the whole computation, which is what editors (VS Code, vim's writebackup) also settle for.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createHash, randomBytes } from 'crypto';
import { msg, type Message } from '../core/l10n/message';

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: Message };

/** A regular file as it was read: what a later write compares against before replacing it. */
export interface FileSnapshot {
  /** The path as given (perhaps a symlink). */
  readonly path: string;
  /** The regular file that path resolves to: what is read, compared and replaced. */
  readonly target: string;
  readonly bytes: Buffer;
  readonly stat: fs.BigIntStats;
  /** SHA-256 of `bytes`. */
  readonly hash: string;
}

const C = fs.constants;
// Not every platform has these (Windows): 0 leaves the flag out there.
const O_NONBLOCK = C.O_NONBLOCK ?? 0;
const O_NOFOLLOW = C.O_NOFOLLOW ?? 0;

const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
const fail = <T>(reason: Message): Outcome<T> => ({ ok: false, reason });
const code = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? 'EIO';
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** What a non-regular file is, for the message that refuses it. */
function kindOf(st: fs.Stats | fs.BigIntStats): Message {
  if (st.isDirectory()) return msg('a folder');
  if (st.isFIFO()) return msg('a FIFO');
  if (st.isCharacterDevice()) return msg('a character device');
  if (st.isBlockDevice()) return msg('a block device');
  if (st.isSocket()) return msg('a socket');
  return msg('a special file');
}

const notRegular = (st: fs.Stats | fs.BigIntStats): Message => msg('not a regular file ({0}); skipped', kindOf(st));
const tooLarge = (bytes: number, max: number): Message =>
  msg('file too large ({0} MB, limit {1} MB); skipped', (bytes / 1048576).toFixed(1), Math.round(max / 1048576 * 10) / 10);

/** Reads all of an open regular file, refusing more than `max` bytes (a file that grows while read). */
function readAll(fd: number, max: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, max + 1 - total));
    const n = fs.readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) return Buffer.concat(chunks, total);
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    total += n;
    if (total > max) return undefined;
  }
}

/** Why a path cannot be resolved: a dangling symlink says so. */
function unresolvable(file: string, e: unknown): Message {
  try {
    if (code(e) === 'ENOENT' && fs.lstatSync(file).isSymbolicLink()) return msg('a symbolic link to a file that does not exist; skipped');
  } catch { /* the path itself is missing */ }
  return msg('cannot read file ({0})', code(e));
}

/**
 * Reads a regular file of at most `max` bytes. A device, FIFO, socket or folder is refused before it is
 * opened; a dangling symlink, an unreadable file and a file over the cap get a reason.
 */
export function readRegularFile(file: string, max: number): Outcome<FileSnapshot> {
  let target: string;
  try {
    target = fs.realpathSync(file);
  } catch (e) {
    return fail(unresolvable(file, e));
  }
  let fd: number;
  try {
    const before = fs.statSync(target);
    if (!before.isFile()) return fail(notRegular(before));
    if (before.size > max) return fail(tooLarge(before.size, max));
    // O_NOFOLLOW: the resolved path turned into a symlink since realpath — refuse rather than follow it.
    fd = fs.openSync(target, C.O_RDONLY | O_NONBLOCK | O_NOFOLLOW);
  } catch (e) {
    return fail(msg('cannot read file ({0})', code(e)));
  }
  try {
    const stat = fs.fstatSync(fd, { bigint: true });
    if (!stat.isFile()) return fail(notRegular(stat));
    const bytes = readAll(fd, max);
    if (!bytes) return fail(tooLarge(Math.max(Number(stat.size), max + 1), max));
    return ok({ path: file, target, bytes, stat, hash: sha256(bytes) });
  } catch (e) {
    return fail(msg('cannot read file ({0})', code(e)));
  } finally {
    fs.closeSync(fd);
  }
}

/** Why a file read as `snap` must not be replaced by a rename, if it must not. */
function refusal(snap: FileSnapshot): Message | undefined {
  if (snap.stat.nlink > 1n) return msg('has {0} hard links, which a rewrite would split; not changed', Number(snap.stat.nlink));
  // No write bit at all is read-only even for root, who may write anything.
  if ((Number(snap.stat.mode) & 0o222) === 0) return msg('read-only; not changed');
  try {
    fs.accessSync(snap.target, C.W_OK);
  } catch (e) {
    return code(e) === 'EROFS' ? msg('on a read-only file system; not changed') : msg('read-only; not changed');
  }
  return undefined;
}

/** Whether the file changed since `snap` was read: another inode, size, mtime, link count, mode or content. */
function changedSince(snap: FileSnapshot): boolean {
  const now = readRegularFile(snap.target, Number(snap.stat.size));
  if (!now.ok) return true;
  const a = snap.stat, b = now.value.stat;
  // nlink and mode too: a hard link or a chmod since the read changes what the write may do.
  return a.dev !== b.dev || a.ino !== b.ino || a.size !== b.size || a.mtimeNs !== b.mtimeNs || a.nlink !== b.nlink || a.mode !== b.mode
    || now.value.hash !== snap.hash;
}

/**
 * A fresh name beside `target` no one can guess in advance: `.NAME.<random>.workreport.tmp`, NAME cut to 120
 * bytes so that a long report name (80 Chinese characters are 240 bytes) stays within the 255 a name may have.
 */
function temporaryName(target: string): string {
  let name = path.basename(target);
  while (Buffer.byteLength(name) > 120) name = name.slice(0, -1);
  if (/[\ud800-\udbff]$/.test(name)) name = name.slice(0, -1);
  return path.join(path.dirname(target), `.${name}.${randomBytes(8).toString('hex')}.workreport.tmp`);
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length;) at += fs.writeSync(fd, bytes, at, bytes.length - at);
}

/** Makes a rename or link durable: fsync the folder that holds it (not possible everywhere; best effort). */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, C.O_RDONLY);
    fs.fsyncSync(fd);
  } catch { /* Windows and some file systems cannot open or sync a folder */ } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The mode and owner a replacement takes over from the file it replaces. */
interface Original {
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
}

/**
 * Writes `bytes` to a new temporary file beside `target`, created exclusively with the original's mode (and
 * owner, when root fixes another user's file; a new file gets the default mode), fsync'ed; then
 * `commit(tmp)`. The temporary file is removed whatever happens, unless `commit` moved it.
 */
function viaTemporary(target: string, bytes: Uint8Array, original: Original | undefined,
  commit: (tmp: string) => Message | undefined): Outcome<void> {
  const tmp = temporaryName(target);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, C.O_WRONLY | C.O_CREAT | C.O_EXCL | O_NOFOLLOW, original ? original.mode & 0o777 : 0o666);
  } catch (e) {
    return fail(msg('cannot create a temporary file in its folder ({0}); not changed', code(e)));
  }
  let moved = false;
  try {
    if (original) {
      if (process.getuid?.() === 0) fs.fchownSync(fd, original.uid, original.gid);
      // After chown, which clears set-id bits; the umask applied at creation only ever took bits away.
      fs.fchmodSync(fd, original.mode & 0o7777);
    }
    writeAll(fd, bytes);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    const refused = commit(tmp);
    if (refused) return fail(refused);
    moved = true;
    syncFolder(path.dirname(target));
    return ok(undefined);
  } catch (e) {
    return fail(msg('cannot write ({0}); not changed', code(e)));
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
    if (!moved) try { fs.unlinkSync(tmp); } catch { /* already gone */ }
  }
}

/**
 * Replaces the file read as `snap` with `bytes`, keeping its mode (and owner, when run as root); refused when
 * the file is read-only, hard-linked, or changed since it was read.
 */
export function replaceFile(snap: FileSnapshot, bytes: Uint8Array): Outcome<void> {
  const refused = refusal(snap);
  if (refused) return fail(refused);
  const original = { mode: Number(snap.stat.mode), uid: Number(snap.stat.uid), gid: Number(snap.stat.gid) };
  return viaTemporary(snap.target, bytes, original, (tmp) => {
    if (changedSince(snap)) return msg('changed since it was read; not changed (run again)');
    fs.renameSync(tmp, snap.target);
    return undefined;
  });
}

/** Codes of link() on file systems without hard links (FAT, exFAT, some network shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * Creates `file` with `bytes`. An existing file is replaced only with `force` (as replaceFile does, through a
 * symlink to its target); a dangling symlink is never followed, with or without `force`.
 */
export function createFile(file: string, bytes: Uint8Array, options: { force: boolean; max: number }): Outcome<void> {
  let exists = true;
  try {
    fs.lstatSync(file);
  } catch (e) {
    if (code(e) !== 'ENOENT') return fail(msg('cannot write ({0}); not changed', code(e)));
    exists = false;
  }
  if (exists) {
    let resolved = true;
    try { fs.realpathSync(file); } catch { resolved = false; }
    if (!resolved) return fail(msg('a symbolic link to a file that does not exist; not followed'));
    if (!options.force) return fail(msg('exists; not overwritten (--force replaces it)'));
    const snap = readRegularFile(file, options.max);
    return snap.ok ? replaceFile(snap.value, bytes) : snap;
  }
  // link() fails if anything appeared at the name meanwhile: a new file never replaces one.
  return viaTemporary(path.resolve(file), bytes, undefined, (tmp) => {
    try {
      fs.linkSync(tmp, file);
    } catch (e) {
      if (!NO_HARD_LINKS.has(code(e))) throw e;
      createExclusively(file, bytes);
    }
    fs.unlinkSync(tmp);
    return undefined;
  });
}

/** Where there are no hard links: create the file itself exclusively (never following a link), or not at all. */
function createExclusively(file: string, bytes: Uint8Array): void {
  const fd = fs.openSync(file, C.O_WRONLY | C.O_CREAT | C.O_EXCL | O_NOFOLLOW, 0o666);
  try {
    writeAll(fd, bytes);
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    fs.unlinkSync(file);
    throw e;
  }
  fs.closeSync(fd);
}
