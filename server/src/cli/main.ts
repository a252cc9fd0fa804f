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
import type { Locale } from '../core/rules/types';
import type { WorkreportConfig } from '../core/config/config';
import { BUILTIN_PROFILES } from '../core/config/profiles';
import { setUtf16Writer } from '../core/text/utf16';
import { nodeUtf16Writer } from '../node/utf16';

declare const WORKREPORT_VERSION: string | undefined;
const VERSION = typeof WORKREPORT_VERSION === 'string' ? WORKREPORT_VERSION : '0.1.0';

function envLocale(): Locale {
  const l = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return /^zh/i.test(l) ? 'zh' : 'en';
}

function say(locale: Locale, zh: string, en: string): string {
  return locale === 'zh' ? zh : en;
}

/** Runs the CLI; returns the exit code (0 clean, 1 problems, 2 usage/config/IO error). */
export function run(argv: readonly string[], io = { out: process.stdout, err: process.stderr, cwd: process.cwd() }): number {
  // The mark scan reads code units Node copies natively, as in the server (core/text/utf16.ts).
  setUtf16Writer(nodeUtf16Writer);
  let o: CliOptions;
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err.write(`workreport: ${e.message}\n${say(envLocale(), '运行 workreport --help 查看用法', 'Run workreport --help for usage')}\n`);
      return 2;
    }
    throw e;
  }
  const locale = o.locale ?? envLocale();
  if (o.command === 'help') { io.out.write(HELP + '\n'); return 0; }
  if (o.command === 'version') { io.out.write(VERSION + '\n'); return 0; }
  if (o.profile && !(o.profile in BUILTIN_PROFILES) && o.profile !== 'auto') {
    io.err.write(`workreport: ${say(locale, `未知的报告类型 ${o.profile}`, `unknown profile ${o.profile}`)} (${Object.keys(BUILTIN_PROFILES).join(', ')})\n`);
    return 2;
  }
  if (o.command === 'outline') return outline(o, locale, io);
  if (o.command === 'draft-next') return draftNext(o, locale, io);
  return check(o, locale, io);
}

function single(o: CliOptions, locale: Locale, io: { err: NodeJS.WritableStream; cwd: string }): string | undefined {
  if (o.paths.length !== 1) {
    io.err.write(`workreport: ${say(locale, `${o.command} 需要且只需要一个文件`, `${o.command} takes exactly one file`)}\n`);
    return undefined;
  }
  const read = readReport(path.resolve(io.cwd, o.paths[0]));
  if (!read.ok) {
    io.err.write(`workreport: ${o.paths[0]}: ${locale === 'zh' ? read.reason.zh : read.reason.en}\n`);
    return undefined;
  }
  return read.text;
}

function outline(o: CliOptions, locale: Locale, io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream; cwd: string }): number {
  const text = single(o, locale, io);
  if (text === undefined) return 2;
  const { doc, symbols } = outlineOf(text);
  io.out.write((o.format === 'json' ? JSON.stringify(outlineJson(doc, symbols), null, 2) : outlineText(symbols, locale)) + '\n');
  return 0;
}

function draftNext(o: CliOptions, locale: Locale, io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream; cwd: string }): number {
  const text = single(o, locale, io);
  if (text === undefined) return 2;
  const draft = draftNextYear(parseReport(text), o.sessionYear);
  if (!o.output) { io.out.write(draft.text); return 0; }
  const out = path.resolve(io.cwd, o.output);
  if (fs.existsSync(out)) {
    io.err.write(`workreport: ${say(locale, `${o.output} 已存在，不会覆盖`, `${o.output} exists; not overwritten`)}\n`);
    return 2;
  }
  try {
    fs.writeFileSync(out, draft.text, 'utf8');
  } catch (e) {
    io.err.write(`workreport: ${o.output}: ${(e as NodeJS.ErrnoException).code ?? 'EIO'}\n`);
    return 2;
  }
  io.out.write(say(locale, `已生成 ${draft.sessionYear ?? ''}年报告初稿：${o.output}\n`, `Wrote the ${draft.sessionYear ?? 'next'} draft to ${o.output}\n`));
  return 0;
}

function check(o: CliOptions, locale: Locale, io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream; cwd: string }): number {
  const { files, missing } = expandPaths(o.paths, io.cwd);
  let ioError = false;
  for (const m of missing) {
    io.err.write(`workreport: ${m}: ${say(locale, '没有找到文件', 'no such file or no match')}\n`);
    ioError = true;
  }
  if (o.config && !fs.existsSync(path.resolve(io.cwd, o.config))) {
    io.err.write(`workreport: ${o.config}: ${say(locale, '配置文件不存在', 'configuration file not found')}\n`);
    return 2;
  }
  const lookup = new ConfigLookup(locale, o.config ? path.resolve(io.cwd, o.config) : undefined);
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
    if (tty && Date.now() - started > 1000) io.err.write(`\r${say(locale, '检查中', 'checking')} ${i + 1}/${files.length}…`);
    results.push(checkFile(files[i], { locale, fix: o.fix, overrides, lookup, cwd: io.cwd }));
  }
  if (tty && Date.now() - started > 1000) io.err.write('\r\x1b[K');
  for (const r of results) {
    if (r.skipped) ioError = true;
    if (o.quiet) (r as { problems: FileResult['problems'] }).problems = r.problems.filter((p) => p.severity === 'error');
  }
  if (o.format === 'json') {
    io.out.write(JSON.stringify(results.map((r) => ({ file: r.relative, skipped: r.skipped, fixed: r.fixed, problems: r.problems })), null, 2) + '\n');
  } else if (o.format === 'sarif') {
    io.out.write(JSON.stringify(toSarif(results, VERSION, locale), null, 2) + '\n');
  } else {
    const color = o.color ?? (!!(io.out as NodeJS.WriteStream).isTTY && !process.env.NO_COLOR);
    io.out.write(formatText(results, locale, color) + '\n');
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
