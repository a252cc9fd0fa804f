import * as fs from 'fs';
import * as path from 'path';
import type { CliOptions } from './args';
import { MAX_STARS_IN_PART, expandPaths, tooSlowGlob } from './files';
import { ConfigLookup } from './configFile';
import { checkFile, relativeName, type FileResult } from './check';
import { formatText } from './text';
import { noticesOf, toSarif, type RunNotice } from './sarif';
import { safeLine } from './terminal';
import { VERSION } from './version';
import { msg, type Translator } from '../core/l10n/message';
import type { WorkreportConfig } from '../core/config/config';

export interface CliIo {
  readonly out: NodeJS.WritableStream;
  readonly err: NodeJS.WritableStream;
  readonly cwd: string;
}

/** Says a notice on stderr, once, one line, and keeps it for SARIF. */
class Notices {
  readonly list: RunNotice[] = [];
  private readonly said = new Set<string>();

  constructor(private readonly err: NodeJS.WritableStream) {}

  add(notice: RunNotice, line = notice.message): void {
    if (this.said.has(line)) return;
    this.said.add(line);
    this.list.push(notice);
    this.err.write(`workreport: ${safeLine(line)}\n`);
  }

  get failed(): boolean {
    return this.list.some((n) => n.level === 'error');
  }
}

function checkAll(files: readonly string[], o: CliOptions, tr: Translator, io: CliIo, notices: Notices): FileResult[] {
  const lookup = new ConfigLookup(tr, o.config ? path.resolve(io.cwd, o.config) : undefined);
  const overrides: WorkreportConfig = {};
  if (o.profile) overrides.profile = o.profile;
  if (o.sessionYear) overrides.sessionYear = o.sessionYear;
  const tty = !!(io.err as NodeJS.WriteStream).isTTY;
  const started = Date.now();
  const results: FileResult[] = [];
  for (let i = 0; i < files.length; i++) {
    const loaded = lookup.forFile(files[i]);
    for (const e of loaded.errors) notices.add({ id: 'configuration', level: 'error', message: e, file: loaded.file });
    for (const n of loaded.notices) notices.add({ id: 'configuration', level: 'warning', message: n });
    if (tty && Date.now() - started > 1000) io.err.write(`\r${tr(msg('checking {0}/{1}…', i + 1, files.length))}`);
    results.push(checkFile(files[i], { tr, fix: o.fix, overrides, lookup, cwd: io.cwd }));
  }
  if (tty && Date.now() - started > 1000) io.err.write('\r\x1b[K');
  return results;
}

function write(results: readonly FileResult[], notices: readonly RunNotice[], o: CliOptions, tr: Translator, io: CliIo): void {
  if (o.format === 'json') {
    const files = results.map((r) => ({ file: r.relative, skipped: r.skipped, fixed: r.changes?.length, changes: r.changes, fixError: r.fixError, problems: r.problems }));
    io.out.write(JSON.stringify(files, null, 2) + '\n');
  } else if (o.format === 'sarif') {
    io.out.write(JSON.stringify(toSarif(results, noticesOf(results, notices), VERSION, tr, io.cwd), null, 2) + '\n');
  } else {
    const color = o.color ?? (!!(io.out as NodeJS.WriteStream).isTTY && !process.env.NO_COLOR);
    io.out.write(formatText(results, tr, color, o.fix) + '\n');
  }
}

/**
 * `workreport check`: every file is checked (and fixed) even when others fail; what failed is one line each
 * (stderr, or in the text report for a file), an entry in JSON and a notification in SARIF, and exit 2.
 */
export function runCheck(o: CliOptions, tr: Translator, io: CliIo): number {
  const notices = new Notices(io.err);
  if (o.config && !fs.existsSync(path.resolve(io.cwd, o.config))) {
    io.err.write(`workreport: ${safeLine(o.config)}: ${tr(msg('configuration file not found'))}\n`);
    return 2;
  }
  const slow = o.paths.filter((p) => tooSlowGlob(p, io.cwd));
  if (slow.length) {
    for (const p of slow) io.err.write(`workreport: ${safeLine(p)}: ${tr(msg('more than {0} * in one part of a glob, which could take minutes to match', MAX_STARS_IN_PART))}\n`);
    return 2;
  }
  const { files, missing, skipped } = expandPaths(o.paths, io.cwd);
  for (const m of missing) notices.add({ id: 'path-not-found', level: 'error', message: `${m}: ${tr(msg('no such file or no match'))}` });
  const unreadable = skipped.map((s): FileResult => ({ file: s.path, relative: relativeName(s.path, io.cwd), problems: [], skipped: tr(s.reason) }));
  const checked = checkAll(files, o, tr, io, notices).map((r) =>
    o.quiet ? { ...r, problems: r.problems.filter((p) => p.severity === 'error') } : r);
  const results = [...unreadable, ...checked];
  // The text report lists what was skipped or not fixed; beside JSON or SARIF on stdout, stderr says it too.
  if (o.format !== 'text') {
    for (const r of results) {
      const why = r.skipped ?? (r.fixError && tr(msg('not fixed: {0}', r.fixError)));
      if (why) io.err.write(`workreport: ${safeLine(r.relative)}: ${safeLine(why)}\n`);
    }
  }
  write(results, notices.list, o, tr, io);
  if (notices.failed || results.some((r) => r.skipped || r.fixError)) return 2;
  if (o.exitZero) return 0;
  const count = (s: string) => results.reduce((n, r) => n + r.problems.filter((p) => p.severity === s).length, 0);
  if (count('error') > 0) return 1;
  if (o.maxWarnings !== undefined && count('warning') > o.maxWarnings) return 1;
  return 0;
}
