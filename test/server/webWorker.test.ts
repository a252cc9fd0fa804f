import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import {
  createProtocolConnection, PortMessageReader, PortMessageWriter, type ProtocolConnection, InitializeRequest, InitializedNotification,
  DidOpenTextDocumentNotification, PublishDiagnosticsNotification, DocumentSymbolRequest, ConfigurationRequest, ShutdownRequest, WorkspaceFoldersRequest,
  HoverRequest, type PublishDiagnosticsParams, type DocumentSymbol, type Hover, type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { EXAMPLE_DRAFT, REPO_ROOT } from '../helpers/fixture';
import { ListFolderRequest, ReadFileRequest } from '../../server/src/protocol';
import { previousReportSetting } from '../../server/src/previousReportSetting';
import { listForServer, readForServer, type ReadScope } from '../../client/src/fileGuard';
import { memoryFiles, type MemoryEntry } from '../helpers/memoryFiles';

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
  waitForDiagnostics(uri: string, ok?: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  /** Opens a document, as the editor does: the client then serves it, and reads beside it for the server. */
  open(uri: string, text: string): Promise<void>;
}

/** The opened folders: the server looks for .workreportrc.json up to them, and no further. */
const WORKSPACE_FOLDERS = ['file:///office', 'vscode-vfs://github/example'];

/**
 * Starts dist/web/server.js in a worker; `files` are what the client's vscode.workspace.fs would find, read and
 * listed through the client's own guard (client/src/fileGuard.ts) as the extension does; `settings` are the
 * workreport.* settings of every document.
 */
async function startWebServer(files: Record<string, MemoryEntry>, settings: Record<string, unknown> = {}): Promise<WebServer> {
  const worker = new Worker(WORKER_SCOPE, { eval: true });
  const connection = createProtocolConnection(new PortMessageReader(worker), new PortMessageWriter(worker));
  const reads: string[] = [];
  const diagnostics: PublishDiagnosticsParams[] = [];
  const waiters: (() => void)[] = [];
  const documents: string[] = [];
  const fs = memoryFiles(files);
  const scope = (): ReadScope => ({
    workspaceFolders: WORKSPACE_FOLDERS, documents,
    namedReports: documents.map((d) => previousReportSetting(settings.previousReport, d, WORKSPACE_FOLDERS)).flatMap((s) => (s.kind === 'file' ? [s.uri] : [])),
  });
  connection.onRequest(ReadFileRequest, (params) => {
    reads.push(params.uri);
    return readForServer(params, scope(), fs, () => undefined);
  });
  connection.onRequest(ListFolderRequest, (params) => listForServer(params, scope(), fs, () => undefined));
  connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => ({ locale: 'zh-cn', ...settings })));
  connection.onRequest(WorkspaceFoldersRequest.type, () => WORKSPACE_FOLDERS.map((uri) => ({ uri, name: uri.slice(uri.lastIndexOf('/') + 1) })));
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
  const waitForDiagnostics = async (uri: string, ok: (p: PublishDiagnosticsParams) => boolean = () => true) => {
    for (;;) {
      const hit = diagnostics.find((d) => d.uri === uri && ok(d));
      if (hit) return hit;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  const open = async (uri: string, text: string) => {
    documents.push(uri);
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  };
  return { connection, worker, reads, diagnostics, waitForDiagnostics, open };
}

async function stop(server: WebServer | undefined): Promise<void> {
  if (!server) return;
  await server.connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
  server.connection.dispose();
  await server.worker.terminate();
}

const draft = () => fs.readFileSync(EXAMPLE_DRAFT, 'utf8');

/** The pair of test/fixtures/compare: five tasks in 2025, the sea (（三）建设海洋强市) not reported on in 2026. */
const COMPARE = path.join(REPO_ROOT, 'test', 'fixtures', 'compare');
const LAST = fs.readFileSync(path.join(COMPARE, '某市2025年政府工作报告.md'), 'utf8');
const THIS = fs.readFileSync(path.join(COMPARE, '某市2026年政府工作报告.md'), 'utf8');
const SEA = '上年部署的“（三）建设海洋强市”在回顾中未见对应内容';
/** A file of the GitHub repository the tests' github.dev has open, as the editor writes its URI. */
const github = (p: string) => `vscode-vfs://github/example${p.split('/').map(encodeURIComponent).join('/')}`;
const unanswered = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === 'unanswered-task');

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

  it('compares with last year’s report beside the open one, listed and read through the client: the review heading’s information, the hover', async () => {
    const uri = github('/报告/2026年政府工作报告.md');
    server = await startWebServer({ [github('/报告/2025年政府工作报告.md')]: LAST, [github('/报告/说明.txt')]: '待办。\n', [github('/其他/2025年.md')]: LAST });
    await server.open(uri, THIS);
    const found = unanswered(await server.waitForDiagnostics(uri, (p) => unanswered(p).length > 0));
    assert.deepEqual(found.map((d) => d.message), [SEA]);
    assert.deepEqual(found[0].range, { start: { line: 4, character: 3 }, end: { line: 4, character: 14 } }, 'on “一、2025年工作回顾”');
    const hover = (await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 12, character: 5 } })) as Hover | null;
    assert.equal((hover?.contents as MarkupContent | undefined)?.value, '回应上年任务：（四）全面推进乡村振兴');
    assert.ok(server.reads.includes(github('/报告/2025年政府工作报告.md')), server.reads.join(' | '));
  });

  it('workreport.previousReport names last year’s report in another folder: the client reads that file for the server', async () => {
    const uri = github('/2026/报告.md');
    server = await startWebServer({ [github('/归档/2025.md')]: LAST }, { previousReport: '归档/2025.md' });
    await server.open(uri, THIS);
    const found = unanswered(await server.waitForDiagnostics(uri, (p) => unanswered(p).length > 0));
    assert.deepEqual(found.map((d) => d.message), [SEA]);
  });

  it('a .workreportrc.json over the cap is reported on the file, as on the desktop; the checks run with the defaults', async () => {
    const uri = 'file:///office/初稿.md';
    const config = 'file:///office/.workreportrc.json';
    server = await startWebServer({ [config]: `{ "rules": { "numbering-sequence": "off" } }${' '.repeat(1_000_000)}` });
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'workreport', version: 1, text: draft() } });
    assert.ok((await server.waitForDiagnostics(uri)).diagnostics.some((d) => d.code === 'numbering-sequence'));
    assert.deepEqual((await server.waitForDiagnostics(config)).diagnostics.map((d) => d.message), ['配置文件超过 1000000 字节，已使用默认配置']);
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
