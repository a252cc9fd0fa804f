import type { Hover, HoverParams } from 'vscode-languageserver';
import { hoverAt } from '../../core/features/hover';
import { msg } from '../../core/l10n/message';
import { toRange } from '../convert';
import { throwIfCancelled, type RequestHandler } from '../context';

/**
 * On a heading: its path from the report down, and its 字数. On a paragraph of the review, when last year's
 * report is known (workreport.previousReport, or beside this one): the tasks of last year's plan it reports on.
 */
export const hover: RequestHandler<HoverParams, Hover | null> = async (params, context, token) => {
  const report = await context.openReport(params.textDocument?.uri, token);
  if (!report) return null;
  const { document, settings } = report;
  const offset = document.offsetAt(params.position);
  const found = hoverAt(report.model, offset, report.wordCounter);
  if (found) {
    const words = settings.tr(msg('Characters: {0}', found.words));
    return { contents: { kind: 'markdown', value: `${found.path.join(' › ')}\n\n${words}` }, range: toRange(document, found) };
  }
  const paragraphs = report.model.paragraphs;
  const p = paragraphs.at(offset);
  if (p < 0 || !context.previous) return null;
  const tasks = await context.previous.tasksAnsweredAt(report, paragraphs.line(p));
  throwIfCancelled(token);
  if (tasks.length === 0) return null;
  const value = tasks.map((task) => settings.tr(msg('Answers last year’s task: {0}', escapeMarkdown(task)))).join('\n\n');
  return { contents: { kind: 'markdown', value }, range: toRange(document, { start: paragraphs.start(p), end: paragraphs.end(p) }) };
};

/** A task's heading shown as text, not as Markdown (a heading may hold * or _ or [ ]). */
const escapeMarkdown = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&');
