import type { Connection } from 'vscode-languageserver';
import { ListFolderRequest, ReadFileRequest } from '../protocol';
import type { FileRefusal, FolderEntry, RuntimeEnvironment } from '../runtime';

/**
 * The runtime's files in a browser: the worker has no file system, so the client reads and lists them with
 * vscode.workspace.fs, which reaches every workspace VS Code for the Web opens (a GitHub repository on
 * github.dev, a folder of a remote server). The client serves only what the server needs — .workreportrc.json
 * files, and last year's report beside a report it serves or named by workreport.previousReport
 * (client/src/fileRequests.ts). Whatever it refuses, cannot find or cannot read is undefined, as a missing file is
 * for the Node server; a client that does not know a request (an older one) is the same.
 */
export function clientFiles(connection: Pick<Connection, 'sendRequest'>): Pick<RuntimeEnvironment, 'readFile' | 'listFolder'> {
  return {
    readFile: async (uri, maxBytes) => {
      try {
        return readResult(await connection.sendRequest(ReadFileRequest, { uri, maxBytes }), maxBytes);
      } catch {
        return undefined;
      }
    },
    listFolder: async (uri, { maxEntries, extensions }) => {
      try {
        const entries = await connection.sendRequest(ListFolderRequest, { uri, maxEntries, extensions });
        return Array.isArray(entries) ? folderEntries(entries, maxEntries, extensions) : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/** The client's answer as the runtime gives it; a text longer than the cap is too large (a UTF-8 byte per UTF-16 unit at least). */
function readResult(answer: unknown, maxBytes: number): string | FileRefusal | undefined {
  if (typeof answer === 'string') return answer.length > maxBytes ? { refused: 'too-large' } : answer;
  const refused = (answer as { refused?: unknown } | null)?.refused;
  return refused === 'not-a-file' || refused === 'too-large' ? { refused } : undefined;
}

/** The well-formed entries of the client's answer, held to what was asked: the extensions, the cap, name order. */
function folderEntries(answer: readonly unknown[], maxEntries: number, extensions: readonly string[]): FolderEntry[] {
  const ok = (e: unknown): e is FolderEntry => {
    const { uri, name, size, mtimeMs } = (e ?? {}) as Partial<Record<keyof FolderEntry, unknown>>;
    return typeof uri === 'string' && typeof name === 'string' && Number.isFinite(size) && Number.isFinite(mtimeMs)
      && extensions.some((x) => name.toLowerCase().endsWith(x));
  };
  return answer.slice(0, maxEntries).filter(ok).map(({ uri, name, size, mtimeMs }) => ({ uri, name, size, mtimeMs }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
