import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ReadFileRequest } from '../../server/src/protocol';
import { CONFIG_FILE_NAME } from '../../server/src/core/config/fileName';

/** A .workreportrc.json is a few hundred bytes; a bigger file is not one, and is not sent to the server whole. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Answers workreport/readFile for a server without a file system (the one in a browser worker), through
 * vscode.workspace.fs, which reaches whatever the workspace is (a GitHub repository on github.dev, a remote
 * folder). Only files named .workreportrc.json are read: the server cannot use the client to read anything else.
 */
export function answerConfigFileReads(client: BaseLanguageClient, output: vscode.LogOutputChannel): vscode.Disposable {
  return client.onRequest(ReadFileRequest, async ({ uri }) => {
    let file: vscode.Uri;
    try {
      file = vscode.Uri.parse(uri, true);
    } catch {
      return null;
    }
    if (file.path.split('/').pop() !== CONFIG_FILE_NAME) {
      output.warn(`refused to read ${uri} for the server: only ${CONFIG_FILE_NAME} files are read`);
      return null;
    }
    try {
      const stat = await vscode.workspace.fs.stat(file);
      // A FIFO or a device is not a config file (and reading one could wait forever).
      if (!(stat.type & vscode.FileType.File)) return null;
      if (stat.size > MAX_CONFIG_BYTES) {
        output.warn(`${uri} is ${stat.size} bytes, over ${MAX_CONFIG_BYTES}: not read as a config file`);
        return null;
      }
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    } catch {
      return null;
    }
  });
}
