import * as fs from 'fs';
import * as path from 'path';
// A require, so the bundle takes tinyglobby's (and fdir's) CommonJS build: their ES module build reads
// import.meta.url, which a CommonJS bundle does not have.
import tinyglobby = require('tinyglobby');
import { msg, type Message } from '../core/l10n/message';
import { readRegularFile, type FileSnapshot, type Outcome } from '../node/safeWrite';

export const REPORT_EXTENSIONS = ['.md', '.txt', '.markdown'];
/** Never searched, at any depth, as .gitignore files of every project list them. */
const IGNORED = ['**/node_modules/**', '**/.git/**', '**/.hg/**', '**/.svn/**'];

/** A path the walk found but could not use: an unreadable folder, a dangling symlink. */
export interface Skipped {
  readonly path: string;
  readonly reason: Message;
}

export interface Expanded {
  readonly files: string[];
  /** Arguments that name nothing and match nothing. */
  readonly missing: string[];
  readonly skipped: Skipped[];
}

const isReport = (file: string) => REPORT_EXTENSIONS.includes(path.extname(file).toLowerCase());

/**
 * tinyglobby (fdir underneath) skips what it cannot read without a word; this file system notes it, so an
 * unreadable folder or a dangling symlink is reported instead of making "0 file(s) checked".
 */
function noting(skipped: Skipped[], cwd: string): tinyglobby.FileSystemAdapter {
  const noted = (what: (code: string) => Message, only?: (file: string) => boolean) => (p: fs.PathLike, e: unknown) => {
    const file = path.resolve(cwd, String(p));
    if (only && !only(file)) return;
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    if (!skipped.some((s) => s.path === file)) skipped.push({ path: file, reason: what(code) });
  };
  const folder = noted((code) => msg('cannot read folder ({0}); skipped', code));
  // A dangling symlink is reported when its name is a report's; others (a stale link to a .json) are not ours.
  const link = noted((code) => (code === 'ENOENT' ? msg('a symbolic link to a file that does not exist; skipped') : msg('cannot read file ({0})', code)), isReport);
  const guard = <A extends unknown[], R>(f: (...a: A) => R, note: (p: fs.PathLike, e: unknown) => void) => (...a: A): R => {
    try {
      return f(...a);
    } catch (e) {
      note(a[0] as fs.PathLike, e);
      throw e;
    }
  };
  return {
    readdirSync: guard(fs.readdirSync, folder) as typeof fs.readdirSync,
    realpathSync: guard(fs.realpathSync, link) as unknown as typeof fs.realpathSync,
    statSync: guard(fs.statSync, link) as typeof fs.statSync,
  };
}

/**
 * picomatch turns each `*` into a lazy `[^/]*?`, so one part with k stars costs up to n^k steps on a name of n
 * characters: `*a*a*a*a*c` against a 240-character name ran for minutes. Three stars in one part (as in
 * `*2024*报告*.md`) is the most a glob may have; `**` does not count.
 */
export const MAX_STARS_IN_PART = 3;

/** A glob or ignore pattern that could take minutes to match (see MAX_STARS_IN_PART). */
export function tooSlowGlob(arg: string, cwd: string): boolean {
  const pattern = arg.startsWith('!') ? arg.slice(1) : arg;
  if (!arg.startsWith('!') && fs.existsSync(path.resolve(cwd, arg))) return false;
  return pattern.split(/[\\/]/).some((part) => part !== '**' && (part.match(/\*/g)?.length ?? 0) > MAX_STARS_IN_PART);
}

const GLOB_OPTIONS = {
  absolute: true,
  followSymbolicLinks: true,
  // Extglobs (`+(a|aa)`) nest quantifiers, which backtrack; a report's paths never need them.
  extglob: false,
} as const;

/** What a run searches with: where it stands, what it could not read, what `!` arguments leave out. */
interface Search {
  readonly cwd: string;
  readonly skipped: Skipped[];
  readonly ignored: (file: string) => boolean;
}

/** The reports `pattern` matches below `base`, minus the ignored ones, as absolute paths. */
function globUnder(base: string, pattern: string, dot: boolean, s: Search): string[] {
  const found = tinyglobby.globSync([pattern], { ...GLOB_OPTIONS, cwd: base, dot, ignore: IGNORED, fs: noting(s.skipped, base) });
  return found.map((f) => path.resolve(f)).filter((f) => isReport(f) && !s.ignored(f)).sort();
}

/**
 * `/srv/报告/2024/*.md` -> base /srv/报告/2024, pattern `*.md`. Every glob runs from its fixed folder: tinyglobby
 * drops the working directory's own files from a pattern that climbs out of it (`../reports/*.md`).
 */
function splitGlob(glob: string, cwd: string): { base: string; pattern: string } {
  const parts = glob.split('/');
  let i = 0;
  while (i < parts.length - 1 && !tinyglobby.isDynamicPattern(parts[i]) && !parts[i].includes('\\')) i++;
  const prefix = parts.slice(0, i).join('/') || (i > 0 ? '/' : '.');
  return { base: path.resolve(cwd, prefix), pattern: parts.slice(i).join('/') };
}

/** The files the `!` patterns match from the working directory (a folder's pattern covers what is under it). */
function ignoredBy(patterns: readonly string[], cwd: string): (file: string) => boolean {
  if (!patterns.length) return () => false;
  const all = patterns.flatMap((p) => [p, `${p.replace(/\/+$/, '')}/**`]);
  const set = new Set(tinyglobby.globSync(all, { ...GLOB_OPTIONS, cwd, dot: true, ignore: IGNORED }).map((f) => path.resolve(f)));
  return (file) => set.has(file);
}

/** One command-line path: what it names, or what it matches as a glob; undefined when it is neither. */
function expandOne(arg: string, s: Search): string[] | undefined {
  const p = path.resolve(s.cwd, arg);
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    if (code !== 'ENOENT' && code !== 'ENOTDIR') {
      s.skipped.push({ path: p, reason: msg('cannot read file ({0})', code) });
      return [];
    }
    if (isDangling(p)) return [p]; // the reading says why it cannot be read
  }
  if (st?.isDirectory()) return globUnder(p, '**/*', true, s);
  if (st) return [p];
  if (!tinyglobby.isDynamicPattern(arg)) return undefined;
  const { base, pattern } = splitGlob(arg.split(path.sep).join('/'), s.cwd);
  const matched = globUnder(base, pattern, false, s);
  return matched.length ? matched : undefined;
}

/**
 * Expands the command line's paths: a path that exists is taken literally (files as given, folders
 * recursively: .md/.txt/.markdown, not node_modules or .git), anything else as a glob (tinyglobby:
 * `**`, `{a,b}`, `[…]`); arguments starting with `!` leave out what they match from the folders and globs. A
 * file reached twice (a symlink and its target) is checked once.
 */
export function expandPaths(args: readonly string[], cwd: string): Expanded {
  const wanted = args.filter((a) => !a.startsWith('!'));
  const search: Search = { cwd, skipped: [], ignored: ignoredBy(args.filter((a) => a.startsWith('!')).map((a) => a.slice(1)), cwd) };
  const files: string[] = [];
  const missing: string[] = [];
  for (const arg of wanted.length ? wanted : ['.']) {
    const found = expandOne(arg, search);
    if (found) files.push(...found);
    else missing.push(arg);
  }
  return { files: unique(files), missing, skipped: search.skipped };
}

function isDangling(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/** One entry per file: by its resolved path, so a symlink and its target are not checked (or fixed) twice. */
function unique(files: string[]): string[] {
  const seen = new Set<string>();
  return files.filter((f) => {
    let key = f;
    try { key = fs.realpathSync(f); } catch { /* dangling: kept, to be reported */ }
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** How a report's bytes are laid out beyond its text: what a rewrite keeps. */
export interface TextLayout {
  readonly bom: boolean;
  /** Every line break is \r\n: lines a fix adds get \r\n too. */
  readonly crlf: boolean;
}

export type Decoded = { ok: true; text: string; layout: TextLayout } | { ok: false; reason: Message };

/** Which UTF-16 this looks like: a BOM, or NULs at every other byte (ASCII-heavy text without a BOM). */
function utf16Kind(b: Uint8Array): 'LE' | 'BE' | undefined {
  if (b[0] === 0xff && b[1] === 0xfe) return 'LE';
  if (b[0] === 0xfe && b[1] === 0xff) return 'BE';
  const n = Math.min(b.length, 8192) & ~1;
  let even = 0, odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs / 2 && even === 0) return 'LE';
  if (even > pairs / 2 && odd === 0) return 'BE';
  return undefined;
}

/** A report's text from its bytes: UTF-8 with or without a BOM; UTF-16, binary and other encodings get a reason. */
export function decodeReport(bytes: Uint8Array): Decoded {
  const kind = utf16Kind(bytes);
  if (kind) return { ok: false, reason: msg('UTF-16 ({0}) text, not UTF-8; save it as UTF-8', kind) };
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: msg('binary file; skipped') };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
  } catch {
    return { ok: false, reason: msg('not UTF-8 (perhaps GBK); save it as UTF-8') };
  }
  const crlf = text.includes('\r\n') && !/(?:^|[^\r])\n/.test(text);
  return { ok: true, text, layout: { bom, crlf } };
}

/** The bytes of a rewritten report, laid out as the original was (BOM, \r\n). */
export function encodeReport(text: string, layout: TextLayout): Buffer {
  const lines = layout.crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  return Buffer.from(layout.bom ? `\ufeff${lines}` : lines, 'utf8');
}

export interface ReportFile {
  readonly text: string;
  readonly layout: TextLayout;
  readonly snapshot: FileSnapshot;
}

/** Reads a report as UTF-8: only a regular file under the cap; everything else gets a reason, never a stack trace. */
export function readReport(file: string): Outcome<ReportFile> {
  const read = readRegularFile(file, MAX_FILE_BYTES);
  if (!read.ok) return read;
  const decoded = decodeReport(read.value.bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, value: { text: decoded.text, layout: decoded.layout, snapshot: read.value } };
}
