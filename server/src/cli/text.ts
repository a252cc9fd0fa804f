import type { FileResult } from './check';
import { msg, type Translator } from '../core/l10n/message';

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[90m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

/** `file:line:col  level  rule-id  message`, one problem a line; colour only on a terminal. */
export function formatText(results: readonly FileResult[], tr: Translator, color: boolean): string {
  const c = (k: keyof typeof COLORS, s: string) => (color ? COLORS[k] + s + COLORS.reset : s);
  const lines: string[] = [];
  let errors = 0, warnings = 0, infos = 0, fixable = 0;
  for (const r of results) {
    if (r.fixed) lines.push(c('dim', tr(msg('{0}: fixed {1} problem(s)', r.relative, r.fixed))));
    if (r.skipped) {
      lines.push(`${r.relative}: ${c('warning', r.skipped)}`);
      continue;
    }
    for (const p of r.problems) {
      if (p.severity === 'error') errors++;
      else if (p.severity === 'warning') warnings++;
      else infos++;
      if (p.fixable) fixable++;
      lines.push(`${r.relative}:${p.line}:${p.column}  ${c(p.severity, p.severity.padEnd(11))}  ${c('dim', p.ruleId.padEnd(20))}  ${p.message}`);
    }
  }
  const total = errors + warnings + infos;
  if (total === 0) {
    lines.push(tr(msg('No problems found ({0} file(s) checked)', results.length)));
  } else {
    lines.push('');
    lines.push(c('bold', tr(msg('{0} problem(s) ({1} error(s), {2} warning(s), {3} info/hint), {4} fixable with --fix', total, errors, warnings, infos, fixable))));
  }
  return lines.join('\n');
}
