import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ListFolderRequest, ReadFileRequest, isServedLanguage } from '../../server/src/protocol';
import { previousReportSetting } from '../../server/src/previousReportSetting';
import { FolderListings, readForServer, type ClientFileSystem, type ReadScope } from './fileGuard';

/**
 * Answers workreport/readFile and workreport/listFolder for a server without a file system (the one in a browser
 * worker), through vscode.workspace.fs, which reaches whatever the workspace is (a GitHub repository on
 * github.dev, a remote folder). What may be read is decided by fileGuard.ts from the editor's state at the time
 * of each request: .workreportrc.json files, and last year's report beside a report open in the editor or named
 * by workreport.previousReport, inside the workspace folders.
 */
export function answerFileRequests(client: BaseLanguageClient, output: vscode.LogOutputChannel): vscode.Disposable {
  const log = (line: string) => output.warn(line);
  const listings = new FolderListings();
  return vscode.Disposable.from(
    client.onRequest(ReadFileRequest, (params) => {
      const uri = canonical(params?.uri);
      return uri === undefined ? null : readForServer({ ...params, uri }, readScope(), workspaceFiles, log);
    }),
    client.onRequest(ListFolderRequest, (params) => {
      const uri = canonical(params?.uri);
      return uri === undefined ? null : listings.list({ ...params, uri }, readScope(), workspaceFiles, log);
    }),
  );
}

/**
 * The open documents the client serves, the workspace folders, and the file workreport.previousReport names for
 * each document, resolved by the server's own function from the strings the server was given (the language
 * client sends URIs as vscode.Uri.toString() writes them).
 */
function readScope(): ReadScope {
  const workspaceFolders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString());
  const served = vscode.workspace.textDocuments.filter((d) => !d.isClosed && isServedLanguage(d.languageId));
  const namedReports = served.flatMap((d) => {
    const setting = previousReportSetting(vscode.workspace.getConfiguration('workreport', d.uri).get('previousReport'), d.uri.toString(), workspaceFolders);
    const uri = setting.kind === 'file' ? canonical(setting.uri) : undefined;
    return uri === undefined ? [] : [uri];
  });
  return { workspaceFolders, documents: served.map((d) => d.uri.toString()), namedReports };
}

/** The URI as the editor writes it, so that the guard compares what the editor would read; undefined when it is none. */
function canonical(uri: unknown): string | undefined {
  try {
    return typeof uri === 'string' ? vscode.Uri.parse(uri, true).toString() : undefined;
  } catch {
    return undefined;
  }
}

const parse = (uri: string) => vscode.Uri.parse(uri, true);

const workspaceFiles: ClientFileSystem = {
  stat: async (uri) => vscode.workspace.fs.stat(parse(uri)),
  readFile: async (uri) => vscode.workspace.fs.readFile(parse(uri)),
  readDirectory: async (uri) => vscode.workspace.fs.readDirectory(parse(uri)),
  child: (folder, name) => vscode.Uri.joinPath(parse(folder), name).toString(),
};
