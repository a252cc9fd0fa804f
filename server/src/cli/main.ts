import * as fs from 'fs';
import * as path from 'path';
import { parseArgs, UsageError, HELP, type CliOptions } from './args';
import { expandPaths, readReport } from './files';
import { ConfigLookup } from './configFile';
import { checkFile, type FileResult } from './check';
import { formatText } from './text';
import { toSarif } from './sarif';
import { outlineJson, outlineOf, outlineText } from './outline';
import { parseReport } from '../core/parse/parser';
import { draftNextYear } from '../core/features/draftNextYear';
import { msg, type Translator } from '../core/l10n/message';
import { Translations } from '../l10n';
import { diskBundles } from '../node/bundles';
import type { WorkreportConfig } from '../core/config/config';
import { BUILTIN_PROFILES } from '../core/config/profiles';

declare const WORKREPORT_VERSION: string | undefined;
const VERSION = typeof WORKREPORT_VERSION === 'string' ? WORKREPORT_VERSION : '0.1.0';

/**
 * The CLI's language: --locale, else the environment's. Chinese unless the environment asks for English: a
 * Chinese office's Windows machine sets no LANG, and C.UTF-8 is what containers and CI set.
 */
export function cliLocale(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return flag === 'zh' ? 'zh-cn' : flag;
  const l = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  const m = /^([a-z]{2,3})(?:[_-]([a-z0-9]+))?/.exec(l);
  if (!m || m[1] === 'c' || m[1] === 'posix') return 'zh-cn';
  if (m[1] === 'en') return 'en';
  if (m[1] === 'zh') return m[2] ? `zh-${m[2]}` : 'zh-cn';
  return 'zh-cn';
}

const translations = new Translations(diskBundles());

/** Runs the CLI; returns the exit code (0 clean, 1 problems, 2 usage/config/IO error). */
export function run(argv: readonly string[], io = { out: process.stdout, err: process.stderr, cwd: process.cwd() }): number {
  let o: CliOptions;
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err.write(`workreport: ${e.message}\n${translations.for(cliLocale(undefined))(msg('Run workreport --help for usage'))}\n`);
      return 2;
    }
    throw e;
  }
  const tr = translations.for(cliLocale(o.locale));
  if (o.command === 'help') { io.out.write(HELP + '\n'); return 0; }
  if (o.command === 'version') { io.out.write(VERSION + '\n'); return 0; }
  if (o.profile && !(o.profile in BUILTIN_PROFILES) && o.profile !== 'auto') {
    io.err.write(`workreport: ${tr(msg('unknown profile {0}', o.profile))} (${Object.keys(BUILTIN_PROFILES).join(', ')})\n`);
    return 2;
  }
  if (o.command === 'outline') return outline(o, tr, io);
  if (o.command === 'draft-next') return draftNext(o, tr, io);
  return check(o, tr, io);
}

function single(o: CliOptions, tr: Translator, io: { err: NodeJS.WritableStream; cwd: string }): string | undefined {
  if (o.paths.length !== 1) {
    io.err.write(`workreport: ${tr(msg('{0} takes exactly one file', o.command))}\n`);
    return undefined;
  }
  const read = readReport(path.resolve(io.cwd, o.paths[0]));
  if (!read.ok) {
    io.err.write(`workreport: ${o.paths[0]}: ${tr(read.reason)}\n`);
    return undefined;
  }
  return read.text;
}

function outline(o: CliOptions, tr: Translator, io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream; cwd: string }): number {
  const text = single(o, tr, io);
  if (text === undefined) return 2;
  const { doc, symbols } = outlineOf(text);
  io.out.write((o.format === 'json' ? JSON.stringify(outlineJson(doc, symbols), null, 2) : outlineText(symbols, tr)) + '\n');
  return 0;
}

function draftNext(o: CliOptions, tr: Translator, io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream; cwd: string }): number {
  const text = single(o, tr, io);
  if (text === undefined) return 2;
  const draft = draftNextYear(parseReport(text), o.sessionYear);
  if (!o.output) { io.out.write(draft.text); return 0; }
  const out = path.resolve(io.cwd, o.output);
  if (fs.existsSync(out)) {
    io.err.write(`workreport: ${tr(msg('{0} exists; not overwritten', o.output))}\n`);
    return 2;
  }
  try {
    fs.writeFileSync(out, draft.text, 'utf8');
  } catch (e) {
    io.err.write(`workreport: ${o.output}: ${(e as NodeJS.ErrnoException).code ?? 'EIO'}\n`);
    return 2;
  }
  io.out.write(tr(draft.sessionYear ? msg('Wrote the {0} draft to {1}', draft.sessionYear, o.output) : msg('Wrote the next year\'s draft to {0}', o.output)) + '\n');
  return 0;
}

function check(o: CliOptions, tr: Translator, io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream; cwd: string }): number {
  const { files, missing } = expandPaths(o.paths, io.cwd);
  let ioError = false;
  for (const m of missing) {
    io.err.write(`workreport: ${m}: ${tr(msg('no such file or no match'))}\n`);
    ioError = true;
  }
  if (o.config && !fs.existsSync(path.resolve(io.cwd, o.config))) {
    io.err.write(`workreport: ${o.config}: ${tr(msg('configuration file not found'))}\n`);
    return 2;
  }
  const lookup = new ConfigLookup(tr, o.config ? path.resolve(io.cwd, o.config) : undefined);
  const overrides: WorkreportConfig = {};
  if (o.profile) overrides.profile = o.profile;
  if (o.sessionYear) overrides.sessionYear = o.sessionYear;
  const results: FileResult[] = [];
  const reportedConfigErrors = new Set<string>();
  const tty = !!(io.err as NodeJS.WriteStream).isTTY;
  const started = Date.now();
  for (let i = 0; i < files.length; i++) {
    const loaded = lookup.forFile(files[i]);
    for (const e of loaded.errors) {
      if (reportedConfigErrors.has(e)) continue;
      reportedConfigErrors.add(e);
      io.err.write(`workreport: ${e}\n`);
      ioError = true;
    }
    if (tty && Date.now() - started > 1000) io.err.write(`\r${tr(msg('checking {0}/{1}…', i + 1, files.length))}`);
    results.push(checkFile(files[i], { tr, fix: o.fix, overrides, lookup, cwd: io.cwd }));
  }
  if (tty && Date.now() - started > 1000) io.err.write('\r\x1b[K');
  for (const r of results) {
    if (r.skipped) ioError = true;
    if (o.quiet) (r as { problems: FileResult['problems'] }).problems = r.problems.filter((p) => p.severity === 'error');
  }
  if (o.format === 'json') {
    io.out.write(JSON.stringify(results.map((r) => ({ file: r.relative, skipped: r.skipped, fixed: r.fixed, problems: r.problems })), null, 2) + '\n');
  } else if (o.format === 'sarif') {
    io.out.write(JSON.stringify(toSarif(results, VERSION, tr), null, 2) + '\n');
  } else {
    const color = o.color ?? (!!(io.out as NodeJS.WriteStream).isTTY && !process.env.NO_COLOR);
    io.out.write(formatText(results, tr, color) + '\n');
  }
  if (o.exitZero) return ioError ? 2 : 0;
  if (ioError) return 2;
  const errors = results.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'error').length, 0);
  const warnings = results.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'warning').length, 0);
  if (errors > 0) return 1;
  if (o.maxWarnings !== undefined && warnings > o.maxWarnings) return 1;
  return 0;
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2));
}
