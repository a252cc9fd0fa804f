import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import {
  createProtocolConnection, PortMessageReader, PortMessageWriter, type ProtocolConnection, InitializeRequest, InitializedNotification,
  DidOpenTextDocumentNotification, PublishDiagnosticsNotification, DocumentSymbolRequest, ConfigurationRequest, ShutdownRequest, WorkspaceFoldersRequest,
  type PublishDiagnosticsParams, type DocumentSymbol,
} from 'vscode-languageserver-protocol/node';
import { EXAMPLE_DRAFT, REPO_ROOT } from '../helpers/fixture';
import { ReadFileRequest } from '../../server/src/protocol';

const WEB_SERVER = path.join(REPO_ROOT, 'dist', 'web', 'server.js');

/**
 * The worker's scope as a browser gives it (self.onmessage, self.postMessage), made of a Node worker thread's
 * port, so the very bundle VS Code for the Web starts runs here unchanged, with no Node module of its own.
 */
const WORKER_SCOPE = `
const { parentPort } = require('worker_threads');
globalThis.self = {
  postMessage: (message) => parentPort.postMessage(message),
  set onmessage(listener) { parentPort.on('message', (data) => listener({ data })); },
  addEventListener: () => undefined,
};
require(${JSON.stringify(WEB_SERVER)});
`;

interface WebServer {
  readonly connection: ProtocolConnection;
  readonly worker: Worker;
  /** The URIs the server asked the client to read, in order. */
  readonly reads: string[];
  readonly diagnostics: PublishDiagnosticsParams[];
  waitForDiagnostics(uri: string): Promise<PublishDiagnosticsParams>;
}

/** Starts dist/web/server.js in a worker; `files` are what the client's vscode.workspace.fs would find. */
async function startWebServer(files: Record<string, string>): Promise<WebServer> {
  const worker = new Worker(WORKER_SCOPE, { eval: true });
  const connection = createProtocolConnection(new PortMessageReader(worker), new PortMessageWriter(worker));
  const reads: string[] = [];
  const diagnostics: PublishDiagnosticsParams[] = [];
  const waiters: (() => void)[] = [];
  connection.onRequest(ReadFileRequest, ({ uri }) => {
    reads.push(uri);
    return Object.prototype.hasOwnProperty.call(files, uri) ? files[uri] : null;
  });
  connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => ({ locale: 'zh-cn' })));
  // The opened folder: the server looks for .workreportrc.json up to it, and no further.
  connection.onRequest(WorkspaceFoldersRequest.type, () => [{ uri: 'file:///office', name: 'office' }, { uri: 'vscode-vfs://github/example', name: 'example' }]);
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    diagnostics.push(p);
    waiters.splice(0).forEach((w) => w());
  });
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: null, rootUri: null, locale: 'zh-cn', workspaceFolders: null,
    capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } }, workspace: { configuration: true, workspaceFolders: true } },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  const waitForDiagnostics = async (uri: string) => {
    for (;;) {
      const hit = diagnostics.find((d) => d.uri === uri);
      if (hit) return hit;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  return { connection, worker, reads, diagnostics, waitForDiagnostics };
}

async function stop(server: WebServer | undefined): Promise<void> {
  if (!server) return;
  await server.connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
  server.connection.dispose();
  await server.worker.terminate();
}

const draft = () => fs.readFileSync(EXAMPLE_DRAFT, 'utf8');

describe('the language server in a web worker (dist/web/server.js)', function () {
  this.timeout(20000);
  let server: WebServer | undefined;
  afterEach(async () => {
    await stop(server);
    server = undefined;
  });

  it('needs no Node module: the server requires nothing, the browser client only vscode', () => {
    assert.doesNotMatch(fs.readFileSync(WEB_SERVER, 'utf8'), /\brequire\(\s*["'`]/);
    const client = fs.readFileSync(path.join(REPO_ROOT, 'dist', 'web', 'client.js'), 'utf8');
    assert.deepEqual([...new Set([...client.matchAll(/\brequire\(\s*["'`]([^"'`]+)/g)].map((m) => m[1]))], ['vscode']);
  });

  it('gives the outline and the problems, in Chinese from the translations built into the bundle', async () => {
    server = await startWebServer({});
    const uri = 'vscode-vfs://github/example/reports/初稿.md';
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'workreport', version: 1, text: draft() } });
    const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as DocumentSymbol[];
    const names: string[] = [];
    const visit = (list: DocumentSymbol[]) => list.forEach((s) => { names.push(s.name); visit(s.children ?? []); });
    visit(symbols);
    assert.ok(names.some((n) => n.startsWith('2023年主要工作回顾')), names.join(' | '));
    assert.ok(names.some((n) => n.startsWith('一、坚持党的领导')), names.join(' | '));
    const { diagnostics } = await server.waitForDiagnostics(uri);
    assert.ok(diagnostics.some((d) => d.code === 'numbering-sequence' && d.message === '“二、”之后应为“三、”，此处为“四、”'),
      diagnostics.map((d) => d.message).join(' | '));
  });

  it('reads .workreportrc.json through the client, nearest first, and applies it', async () => {
    const uri = 'file:///office/reports/2025/初稿.md';
    server = await startWebServer({ 'file:///office/reports/.workreportrc.json': '{ // 本单位的规则\n "rules": { "numbering-sequence": "off" } }' });
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'workreport', version: 1, text: draft() } });
    const { diagnostics } = await server.waitForDiagnostics(uri);
    assert.ok(diagnostics.some((d) => d.code === 'marker-bracket'), 'other rules still run');
    assert.ok(!diagnostics.some((d) => d.code === 'numbering-sequence'), 'the rule the config file turns off');
    assert.deepEqual(server.reads.slice(0, 2), ['file:///office/reports/2025/.workreportrc.json', 'file:///office/reports/.workreportrc.json']);
    assert.ok(server.reads.every((r) => r.endsWith('/.workreportrc.json')), server.reads.join(' | '));
  });

  it('a client that cannot read the file leaves the defaults in force', async () => {
    const uri = 'file:///office/初稿.md';
    server = await startWebServer({});
    server.connection.onRequest(ReadFileRequest, () => { throw new Error('no file system'); });
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'workreport', version: 1, text: draft() } });
    const { diagnostics } = await server.waitForDiagnostics(uri);
    assert.ok(diagnostics.some((d) => d.code === 'numbering-sequence'));
  });
});
