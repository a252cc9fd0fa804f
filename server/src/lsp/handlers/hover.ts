import type { Hover, HoverParams } from 'vscode-languageserver';
import { hoverAt } from '../../core/features/hover';
import { msg } from '../../core/l10n/message';
import { toRange } from '../convert';
import type { RequestHandler } from '../context';

/** On a heading: its path from the report down, and its 字数. */
export const hover: RequestHandler<HoverParams, Hover | null> = async (params, context, token) => {
  const report = await context.openReport(params.textDocument?.uri, token);
  if (!report) return null;
  const { document, settings } = report;
  const found = hoverAt(report.model, document.offsetAt(params.position), report.wordCounter);
  if (!found) return null;
  const words = settings.tr(msg('Characters: {0}', found.words));
  return { contents: { kind: 'markdown', value: `${found.path.join(' › ')}\n\n${words}` }, range: toRange(document, found) };
};
