import type { CancellationToken } from 'vscode-languageserver';
import type { RequestContext } from '../context';

/** A server command (workspace/executeCommand): its arguments as the client sent them, unchecked. */
export type CommandHandler<R> = (args: readonly unknown[], context: RequestContext, token: CancellationToken) => Promise<R>;
