import type { CodeAction, CodeActionParams } from 'vscode-languageserver';
import { CODE_ACTION_PROVIDERS, CodeActionRequest, type CodeActionProvider } from '../codeActions/index';
import type { RequestHandler } from '../context';

/**
 * The actions of every provider whose kind the client asked for (all quick fixes when it names none); none
 * while checks are off (workreport.enable), fix-all on save included.
 */
export const codeAction: RequestHandler<CodeActionParams, CodeAction[] | null> = async (params, context, token) => {
  const report = await context.openReport(params.textDocument?.uri, token);
  if (!report || !params.range || !report.settings.enable) return null;
  const only = params.context?.only;
  const request = new CodeActionRequest(report, params.range);
  return CODE_ACTION_PROVIDERS.filter((provider) => asksFor(only, provider)).flatMap((provider) => provider.provide(request));
};

/** A kind is asked for by its name or by any prefix of it (source.fixAll asks for source.fixAll.workreport). */
function asksFor(only: readonly string[] | undefined, provider: CodeActionProvider): boolean {
  if (!only) return !provider.onlyWhenAsked;
  return only.some((kind) => provider.kind === kind || provider.kind.startsWith(`${kind}.`));
}
