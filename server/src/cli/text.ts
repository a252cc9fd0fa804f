import type { FileResult } from './check';
import type { Locale } from '../core/rules/types';

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[90m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

/** `file:line:col  level  rule-id  message`, one problem a line; colour only on a terminal. */
export function formatText(results: readonly FileResult[], locale: Locale, color: boolean): string {
  const c = (k: keyof typeof COLORS, s: string) => (color ? COLORS[k] + s + COLORS.reset : s);
  const lines: string[] = [];
  let errors = 0, warnings = 0, infos = 0, fixable = 0;
  for (const r of results) {
    if (r.fixed) lines.push(c('dim', locale === 'zh' ? `${r.relative}: 已修复 ${r.fixed} 处` : `${r.relative}: fixed ${r.fixed} problem(s)`));
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
    lines.push(locale === 'zh' ? `未发现问题（检查了 ${results.length} 个文件）` : `No problems found (${results.length} file(s) checked)`);
  } else {
    lines.push('');
    lines.push(c('bold', locale === 'zh'
      ? `共 ${total} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 个提示），其中 ${fixable} 个可用 --fix 自动修复`
      : `${total} problem(s) (${errors} error(s), ${warnings} warning(s), ${infos} info/hint), ${fixable} fixable with --fix`));
  }
  return lines.join('\n');
}
