import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { wordCountLenses } from '../../core/features/codeLens';
import { SHOW_STATS_COMMAND } from '../../protocol';
import type { RequestHandler } from '../context';

/** 字数 above each part and 一、 section; clicking one shows the document's statistics. */
export const codeLens: RequestHandler<CodeLensParams, CodeLens[] | null> = async (params, context, token) => {
  const report = await context.openReport(params.textDocument?.uri, token);
  if (!report) return null;
  const { document, settings } = report;
  return wordCountLenses(report.model, report.wordCounter).map((lens) => {
    const at = document.positionAt(lens.offset);
    return { range: { start: at, end: at }, command: { title: settings.tr(lens.title), command: SHOW_STATS_COMMAND, arguments: [document.uri] } };
  });
};
