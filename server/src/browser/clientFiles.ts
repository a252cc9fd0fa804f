import type { Connection } from 'vscode-languageserver';
import { ReadFileRequest } from '../protocol';

/**
 * The runtime's readFile in a browser: the worker has no file system, so the client reads the file with
 * vscode.workspace.fs, which reaches every workspace VS Code for the Web opens (a GitHub repository on
 * github.dev, a folder of a remote server). The client reads .workreportrc.json files only; anything it refuses,
 * cannot find or cannot read is undefined, as a missing file is for the Node server.
 */
export function readThroughClient(connection: Pick<Connection, 'sendRequest'>): (uri: string) => Promise<string | undefined> {
  return async (uri) => {
    try {
      const text = await connection.sendRequest(ReadFileRequest, { uri });
      return typeof text === 'string' ? text : undefined;
    } catch {
      return undefined;
    }
  };
}
