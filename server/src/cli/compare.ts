import type { Comparison } from '../core/features/compare';
import { msg, type Translator } from '../core/l10n/message';
import { safeLine } from './terminal';

/** `--format json`: one entry per task of last year's plan, in order; lines 1-based. */
export interface CompareJson {
  item: { line: number; name: string };
  matches: { line: number; name: string; score: number }[];
}

export function compareJson(c: Comparison): CompareJson[] {
  return c.answers.map((a) => ({
    item: { line: a.task.line + 1, name: a.task.name },
    matches: a.matches.map((m) => ({ line: m.line + 1, name: m.name, score: m.score })),
  }));
}

/**
 * The table a clerk reads: each task of last year's plan (its line in LAST, its heading), under it the review
 * paragraphs of THIS that report on it (line, score, opening words), best first; then the tasks nobody answered.
 * Every name comes from a file: one line each, nothing in it can act on the terminal (safeLine).
 */
export function compareText(c: Comparison, names: { last: string; current: string }, tr: Translator): string {
  const width = String(Math.max(1, ...c.answers.flatMap((a) => [a.task.line + 1, ...a.matches.map((m) => m.line + 1)]))).length;
  const num = (line: number) => String(line + 1).padStart(width);
  const out = [
    tr(msg('Last year’s plan ({0}) against this year’s review ({1})', safeLine(names.last), safeLine(names.current))),
    tr(msg('Line  task of the plan / lines of the review that report on it: score, opening words')),
  ];
  for (const a of c.answers) {
    out.push(`${num(a.task.line)}  ${safeLine(a.task.name)}`);
    if (a.matches.length === 0) out.push(`${' '.repeat(width)}      ${tr(msg('(no answer in the review)'))}`);
    for (const m of a.matches) out.push(`${' '.repeat(width)}    ${num(m.line)}  ${m.score.toFixed(2)}  ${safeLine(m.name)}`);
  }
  const unanswered = c.answers.filter((a) => a.matches.length === 0);
  out.push('');
  if (unanswered.length === 0) out.push(tr(msg('Every task of the plan has an answer in the review ({0} tasks).', c.answers.length)));
  else {
    out.push(tr(msg('{0} of {1} tasks have no answer in the review:', unanswered.length, c.answers.length)));
    for (const a of unanswered) out.push(`${num(a.task.line)}  ${safeLine(a.task.name)}`);
  }
  return out.join('\n');
}
