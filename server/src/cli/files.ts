import * as fs from 'fs';
import * as path from 'path';
import { msg, type Message } from '../core/l10n/message';

export const REPORT_EXTENSIONS = ['.md', '.txt', '.markdown'];
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** Turns a glob (*, **, ?) into a RegExp over '/'-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += glob[i + 2] === '/' ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function walk(dir: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(p, out);
    } else if (e.isFile() && REPORT_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push(p);
  }
}

/**
 * Expands the command line's paths: files as given, folders recursively (.md/.txt, skipping node_modules
 * and .git), globs against the tree below their fixed prefix. Paths that match nothing are returned
 * in `missing` so the caller can say so.
 */
export function expandPaths(args: readonly string[], cwd: string): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const arg of args.length ? args : ['.']) {
    if (/[*?]/.test(arg)) {
      const norm = arg.split(path.sep).join('/');
      const fixed = norm.slice(0, norm.search(/[*?]/)).replace(/[^/]*$/, '');
      const base = path.resolve(cwd, fixed || '.');
      const re = globToRegExp(norm.slice(fixed.length));
      const found: string[] = [];
      walk(base, found);
      const matched = found.filter((f) => re.test(path.relative(base, f).split(path.sep).join('/')));
      if (matched.length) files.push(...matched);
      else missing.push(arg);
      continue;
    }
    const p = path.resolve(cwd, arg);
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      missing.push(arg);
      continue;
    }
    if (st.isDirectory()) walk(p, files);
    else files.push(p);
  }
  return { files: [...new Set(files)], missing };
}

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: Message };

/** Reads a report as UTF-8; binary, non-UTF-8, unreadable and huge files get a reason instead of a stack trace. */
export function readReport(file: string): ReadResult {
  let buf: Buffer;
  try {
    const st = fs.statSync(file);
    if (st.size > MAX_FILE_BYTES) return { ok: false, reason: msg("file too large ({0} MB, limit 50 MB); skipped", (st.size / 1048576).toFixed(1)) };
    buf = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    return { ok: false, reason: msg("cannot read file ({0})", code) };
  }
  if (buf.subarray(0, 8192).includes(0)) return { ok: false, reason: msg("binary file; skipped") };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(buf) };
  } catch {
    return { ok: false, reason: msg("not UTF-8 (perhaps GBK); save it as UTF-8") };
  }
}

/** Writes through a temporary file and a rename, so a crash never leaves half a report behind. */
export function writeAtomically(file: string, text: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.workreport.tmp`);
  fs.writeFileSync(tmp, text, 'utf8');
  try {
    const mode = fs.statSync(file).mode;
    fs.chmodSync(tmp, mode);
  } catch { /* new file: default mode */ }
  fs.renameSync(tmp, file);
}
