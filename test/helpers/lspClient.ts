import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
  InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification, PublishDiagnosticsNotification, ConfigurationRequest, ApplyWorkspaceEditRequest,
  ShutdownRequest, ExitNotification, WorkspaceFoldersRequest, DidChangeWorkspaceFoldersNotification, type WorkspaceFolder, type PublishDiagnosticsParams, type InitializeResult, type WorkspaceEdit,
  type TextDocumentContentChangeEvent, type ClientCapabilities,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from './fixture';

export const SERVER = path.join(REPO_ROOT, 'dist', 'server.js');

export interface ClientOptions {
  locale?: string;
  pull?: boolean;
  /** Answers workspace/configuration; undefined = the client has no configuration capability. */
  settings?: (scopeUri: string | undefined) => unknown;
  /** The workspace folders' URIs (initialize and workspace/workspaceFolders); undefined = no folder open. */
  workspaceFolders?: string[];
  /** Extra environment for the server process. */
  env?: NodeJS.ProcessEnv;
  /** More text-document capabilities of the client (e.g. dynamic registration of a feature). */
  textDocument?: ClientCapabilities['textDocument'];
}

/** A minimal LSP client over stdio for tests: records pushed diagnostics and applied edits. */
const folderOf = (uri: string): WorkspaceFolder => ({ uri, name: uri.slice(uri.lastIndexOf('/') + 1) });

export class TestClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly appliedEdits: WorkspaceEdit[] = [];
  readonly protocolErrors: unknown[] = [];
  stderr = '';
  initializeResult!: InitializeResult;
  private versions = new Map<string, number>();
  private folders: WorkspaceFolder[] | null = null;
  private waiters: (() => void)[] = [];

  private constructor(readonly proc: ChildProcess, readonly connection: ProtocolConnection) {}

  static async start(options: ClientOptions = {}): Promise<TestClient> {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    const connection = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new TestClient(proc, connection);
    proc.stderr!.on('data', (d) => { client.stderr += d.toString(); });
    connection.onError((e) => client.protocolErrors.push(e));
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const list = client.diagnostics.get(p.uri) ?? [];
      list.push(p);
      client.diagnostics.set(p.uri, list);
      client.waiters.splice(0).forEach((w) => w());
    });
    connection.onRequest(ConfigurationRequest.type, (p) => p.items.map((i) => options.settings?.(i.scopeUri) ?? {}));
    const folders = options.workspaceFolders?.map(folderOf) ?? null;
    client.folders = folders;
    connection.onRequest(WorkspaceFoldersRequest.type, () => client.folders);
    connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      client.appliedEdits.push(p.edit);
      return { applied: true };
    });
    connection.listen();
    const capabilities: ClientCapabilities = {
      textDocument: {
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        publishDiagnostics: { versionSupport: true },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        ...options.textDocument,
      },
      workspace: { configuration: options.settings !== undefined, workspaceFolders: folders !== null, applyEdit: true, workspaceEdit: { documentChanges: false } },
    };
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: null, capabilities, locale: options.locale ?? 'zh-cn', workspaceFolders: folders,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  async open(uri: string, text: string, languageId = 'workreport'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Adds and removes workspace folders, as VS Code tells the server when the user does. */
  async changeWorkspaceFolders(added: string[], removed: string[] = []): Promise<void> {
    const event = { added: added.map(folderOf), removed: removed.map(folderOf) };
    this.folders = [...(this.folders ?? []).filter((f) => !removed.includes(f.uri)), ...event.added];
    await this.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Waits for a diagnostics push for uri that satisfies pred (default: any newer than `after` pushes). */
  async waitForDiagnostics(uri: string, pred: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 5000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const list = this.diagnostics.get(uri) ?? [];
      const hit = [...list].reverse().find(pred);
      if (hit) return hit;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; got ${JSON.stringify(list.map((l) => [l.version, l.diagnostics.length]))}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => { clearTimeout(t); resolve(); });
      });
    }
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode !== null) return;
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch { /* already gone */ }
    await new Promise<void>((resolve) => {
      const t = setTimeout(() => { this.proc.kill(); resolve(); }, 3000);
      this.proc.on('exit', () => { clearTimeout(t); resolve(); });
    });
    this.connection.dispose();
  }
}

/** Runs `body` with a started client, stopped however the body ends (a server left running keeps mocha from exiting). */
export async function withClient(options: ClientOptions, body: (client: TestClient) => Promise<void>): Promise<void> {
  const client = await TestClient.start(options);
  try {
    await body(client);
  } finally {
    await client.stop();
  }
}
