import type { DocumentFormattingParams, TextEdit } from 'vscode-languageserver';
import { fixAllEdit } from '../codeActions/fixAll';
import type { RequestHandler } from '../context';

/**
 * Format Document: the fix-all edit and nothing else, so formatting changes only what is certainly an error
 * (markers, marks, years, broken line breaks; docs/rules.md **[all]**), never the author's words or layout.
 * Nothing while checks are off (workreport.enable).
 */
export const formatting: RequestHandler<DocumentFormattingParams, TextEdit[] | null> = async (params, context, token) => {
  const report = await context.openReport(params.textDocument?.uri, token);
  if (!report || !report.settings.enable) return null;
  const edit = fixAllEdit(report);
  return edit ? [edit] : [];
};
