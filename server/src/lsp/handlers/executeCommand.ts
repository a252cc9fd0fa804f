import type { ExecuteCommandParams } from 'vscode-languageserver';
import { RENUMBER_COMMAND } from '../../protocol';
import { renumber } from '../commands/renumber';
import type { CommandHandler } from '../commands/command';
import type { RequestHandler } from '../context';

/** The commands the server runs, by name (announced in executeCommandProvider). A new command is one more entry. */
const COMMANDS = new Map<string, CommandHandler<unknown>>([
  [RENUMBER_COMMAND, renumber],
]);

export const COMMAND_NAMES: readonly string[] = [...COMMANDS.keys()];

export const executeCommand: RequestHandler<ExecuteCommandParams, unknown> = async (params, context, token) => {
  const run = typeof params.command === 'string' ? COMMANDS.get(params.command) : undefined;
  if (!run) return null;
  return run(Array.isArray(params.arguments) ? params.arguments : [], context, token);
};
