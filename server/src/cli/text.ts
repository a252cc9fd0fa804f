import type { FileResult } from './check';
import { msg, type Translator } from '../core/l10n/message';
import { quoteShort, safeLine } from './terminal';

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[90m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

type Paint = (k: keyof typeof COLORS, s: string) => string;

const SEVERITY_NAMES = { error: msg('error'), warning: msg('warning'), information: msg('information'), hint: msg('hint') };

/** Pads to a width in terminal columns: a Chinese character takes two. */
function padColumns(text: string, width: number): string {
  let columns = 0;
  for (const ch of text) columns += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return text + ' '.repeat(Math.max(0, width - columns));
}

/**
 * One file's lines: what --fix changed (`file:line  rule-id  "before" -> "after"`), why it wrote nothing,
 * why the file was not checked, its problems (`file:line:col  level  rule-id  message`), and with --fix the
 * problems it left alone because their fixes are the editor's quick fixes, which a person chooses.
 * File names and messages quote the report: safeLine keeps their control characters off the terminal.
 */
function fileLines(r: FileResult, tr: Translator, c: Paint, fix: boolean): string[] {
  const name = safeLine(r.relative);
  const lines: string[] = [];
  if (r.skipped) return [`${name}: ${c('warning', safeLine(r.skipped))}`];
  if (r.changes?.length) {
    lines.push(c('dim', tr(msg('{0}: fixed {1} problem(s)', name, r.changes.length))));
    for (const ch of r.changes) lines.push(c('dim', `  ${name}:${ch.line}  ${ch.ruleId}  ${quoteShort(ch.before)} -> ${quoteShort(ch.after)}`));
  }
  if (r.fixError) lines.push(`${name}: ${c('error', tr(msg('not fixed: {0}', safeLine(r.fixError))))}`);
  for (const p of r.problems) {
    lines.push(`${name}:${p.line}:${p.column}  ${c(p.severity, padColumns(tr(SEVERITY_NAMES[p.severity]), 11))}  ${c('dim', p.ruleId.padEnd(20))}  ${safeLine(p.message)}`);
  }
  const leftAlone = fix ? r.problems.filter((p) => p.quickFix) : [];
  if (leftAlone.length) {
    lines.push(c('dim', tr(msg('{0}: --fix left {1} problem(s) alone: their fixes are quick fixes for a person to choose in the editor', name, leftAlone.length))));
    for (const p of leftAlone) lines.push(c('dim', `  ${name}:${p.line}  ${p.ruleId}`));
  }
  return lines;
}

/** The report of a run: each file's lines, then a summary that counts checked and skipped files apart. */
export function formatText(results: readonly FileResult[], tr: Translator, color: boolean, fix = false): string {
  const c: Paint = (k, s) => (color ? COLORS[k] + s + COLORS.reset : s);
  const lines = results.flatMap((r) => fileLines(r, tr, c, fix));
  let errors = 0, warnings = 0, infos = 0, fixable = 0;
  for (const p of results.flatMap((r) => r.problems)) {
    if (p.severity === 'error') errors++;
    else if (p.severity === 'warning') warnings++;
    else infos++;
    if (p.fixable) fixable++;
  }
  const total = errors + warnings + infos;
  const skipped = results.filter((r) => r.skipped).length;
  if (total === 0) {
    lines.push(tr(msg('No problems found ({0} file(s) checked)', results.length - skipped)));
  } else {
    lines.push('');
    lines.push(c('bold', tr(msg('{0} problem(s) ({1} error(s), {2} warning(s), {3} info/hint), {4} fixable with --fix', total, errors, warnings, infos, fixable))));
  }
  if (skipped) lines.push(c('warning', tr(msg('{0} path(s) not checked (see above)', skipped))));
  return lines.join('\n');
}
