import * as path from 'path';
import { parseArgs, localeFlag, UsageError, HELP, type CliOptions } from './args';
import { MAX_FILE_BYTES, encodeReport, readReport, type ReportFile } from './files';
import { runCheck, type CliIo } from './checkRun';
import { outlineJson, outlineOf, outlineText } from './outline';
import { compareJson, compareText } from './compare';
import { compareReports } from '../core/features/compare';
import { safeLine, safeText } from './terminal';
import { VERSION } from './version';
import { parseReport } from '../core/parse/parser';
import { draftNextYear } from '../core/features/draftNextYear';
import { msg, type Translator } from '../core/l10n/message';
import { Translations } from '../l10n';
import { diskBundles } from '../node/bundles';
import { createFile } from '../node/safeWrite';
import { BUILTIN_PROFILES } from '../core/config/profiles';

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
export function run(argv: readonly string[], io: CliIo = { out: process.stdout, err: process.stderr, cwd: process.cwd() }): number {
  let o: CliOptions;
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      const tr = translations.for(cliLocale(localeFlag(argv)));
      io.err.write(`workreport: ${safeLine(tr(e.reason))}\n${tr(msg('Run workreport --help for usage'))}\n`);
      return 2;
    }
    throw e;
  }
  const tr = translations.for(cliLocale(o.locale));
  if (o.command === 'help') { io.out.write(HELP + '\n'); return 0; }
  if (o.command === 'version') { io.out.write(VERSION + '\n'); return 0; }
  if (o.profile && !Object.prototype.hasOwnProperty.call(BUILTIN_PROFILES, o.profile) && o.profile !== 'auto') {
    io.err.write(`workreport: ${safeLine(tr(msg('unknown profile {0}', o.profile)))} (${Object.keys(BUILTIN_PROFILES).join(', ')})\n`);
    return 2;
  }
  if (o.command === 'outline') return outline(o, tr, io);
  if (o.command === 'draft-next') return draftNext(o, tr, io);
  if (o.command === 'compare') return compare(o, tr, io);
  return runCheck(o, tr, io);
}

function single(o: CliOptions, tr: Translator, io: CliIo): ReportFile | undefined {
  if (o.paths.length !== 1) {
    io.err.write(`workreport: ${tr(msg('{0} takes exactly one file', o.command))}\n`);
    return undefined;
  }
  const read = readReport(path.resolve(io.cwd, o.paths[0]));
  if (!read.ok) {
    io.err.write(`workreport: ${safeLine(o.paths[0])}: ${safeLine(tr(read.reason))}\n`);
    return undefined;
  }
  return read.value;
}

function outline(o: CliOptions, tr: Translator, io: CliIo): number {
  const read = single(o, tr, io);
  if (read === undefined) return 2;
  const { doc, symbols } = outlineOf(read.text, tr);
  io.out.write((o.format === 'json' ? JSON.stringify(outlineJson(doc, symbols), null, 2) : safeText(outlineText(symbols, tr))) + '\n');
  return 0;
}

/** Next year's draft to stdout, or to -o through the safe write path: never over a file without --force. */
function draftNext(o: CliOptions, tr: Translator, io: CliIo): number {
  const read = single(o, tr, io);
  if (read === undefined) return 2;
  const draft = draftNextYear(parseReport(read.text), o.sessionYear);
  if (!o.output) {
    io.out.write((io.out as NodeJS.WriteStream).isTTY ? safeText(draft.text) : draft.text);
    return 0;
  }
  const written = createFile(path.resolve(io.cwd, o.output), encodeReport(draft.text, read.layout), { force: o.force, max: MAX_FILE_BYTES });
  if (!written.ok) {
    io.err.write(`workreport: ${safeLine(o.output)}: ${safeLine(tr(written.reason))}\n`);
    return 2;
  }
  const name = safeLine(o.output);
  io.out.write(tr(draft.sessionYear ? msg('Wrote the {0} draft to {1}', draft.sessionYear, name) : msg('Wrote the next year\'s draft to {0}', name)) + '\n');
  return 0;
}

/**
 * Last year's plan against this year's review. Exit 0 whether or not every task is answered: an unanswered
 * task is for the clerk to read, not a failure of the run. Exit 2 when there is nothing to compare.
 */
function compare(o: CliOptions, tr: Translator, io: CliIo): number {
  if (o.paths.length !== 2) {
    io.err.write(`workreport: ${tr(msg('compare takes two files: last year\'s report, then this year\'s'))}\n`);
    return 2;
  }
  if (o.format === 'sarif') {
    io.err.write(`workreport: ${tr(msg('--format for compare must be text or json'))}\n`);
    return 2;
  }
  const docs = [];
  for (const p of o.paths) {
    const read = readReport(path.resolve(io.cwd, p));
    if (!read.ok) {
      io.err.write(`workreport: ${safeLine(p)}: ${safeLine(tr(read.reason))}\n`);
      return 2;
    }
    docs.push(parseReport(read.value.text));
  }
  const c = compareReports(docs[0], docs[1]);
  if (c.missing) {
    const [file, why] = c.missing === 'plan' ? [o.paths[0], msg('no annual plan part found (is it last year\'s report?)')] : [o.paths[1], msg('no annual review part found (is it this year\'s report?)')];
    io.err.write(`workreport: ${safeLine(file)}: ${tr(why)}\n`);
    return 2;
  }
  io.out.write((o.format === 'json' ? JSON.stringify(compareJson(c), null, 2) : compareText(c, { last: o.paths[0], current: o.paths[1] }, tr)) + '\n');
  return 0;
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2));
}
