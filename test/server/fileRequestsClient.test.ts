import { strict as assert } from 'assert';
import Module = require('module');
import { ListFolderRequest, ReadFileRequest, type ListFolderParams, type ReadFileParams } from '../../server/src/protocol';
import { memoryFiles, type MemoryEntry } from '../helpers/memoryFiles';

/** A vscode.Uri as far as fileRequests.ts uses it: the editor's string form of the URI. */
class FakeUri {
  private constructor(private readonly text: string) {}
  static parse(text: string): FakeUri {
    if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) throw new Error(`not a URI: ${text}`);
    return new FakeUri(text);
  }
  static joinPath(base: FakeUri, name: string): FakeUri {
    return new FakeUri(`${base.text}/${encodeURIComponent(name)}`);
  }
  toString(): string {
    return this.text;
  }
}

interface FakeDocument { uri: FakeUri; languageId: string; isClosed: boolean }

/**
 * The editor's state fileRequests.ts reads (workspace folders, open documents, workreport.* settings per
 * document) and its file system, a memory workspace; fileRequests.js is loaded with this as its `vscode`.
 */
function fakeVscode(files: Record<string, MemoryEntry>) {
  const fs = memoryFiles(files);
  const state = {
    folders: [] as string[],
    documents: [] as FakeDocument[],
    settings: new Map<string, Record<string, unknown>>(),
  };
  const vscode = {
    Uri: FakeUri,
    Disposable: { from: (...items: { dispose(): void }[]) => ({ dispose: () => items.forEach((i) => i.dispose()) }) },
    workspace: {
      get workspaceFolders() { return state.folders.map((f) => ({ uri: FakeUri.parse(f) })); },
      get textDocuments() { return state.documents; },
      getConfiguration: (_section: string, scope: FakeUri) => ({ get: (key: string) => state.settings.get(scope.toString())?.[key] }),
      fs: {
        stat: (uri: FakeUri) => fs.stat(uri.toString()),
        readFile: (uri: FakeUri) => fs.readFile(uri.toString()),
        readDirectory: (uri: FakeUri) => fs.readDirectory(uri.toString()),
      },
    },
  };
  return { vscode, state, fs };
}

type Handler = (params: unknown) => unknown;

describe('the client’s answers to the server in a browser follow the editor: open reports and workreport.previousReport', () => {
  const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown });
  const originalLoad = load._load;
  let fake: ReturnType<typeof fakeVscode>;
  let handlers: Map<string, Handler>;
  const warnings: string[] = [];

  before(() => {
    load._load = function (request: string, ...rest: unknown[]) {
      return request === 'vscode' ? fake.vscode : originalLoad.call(this, request, ...rest);
    };
  });
  after(() => { load._load = originalLoad; });

  const ws = 'vscode-vfs://github/office';
  const uri = (p: string) => `${ws}${p.split('/').map(encodeURIComponent).join('/')}`;
  const THIS = uri('/2026/报告.md');
  const LAST = uri('/2025/报告.md');

  beforeEach(() => {
    fake = fakeVscode({ [THIS]: '本年', [LAST]: '上年', [uri('/2025/附件.txt')]: '附件' });
    fake.state.folders = [ws];
    handlers = new Map();
    warnings.length = 0;
    // Loaded afresh for each test, so that its `vscode` is this test's.
    const modulePath = require.resolve('../../client/src/fileRequests');
    delete require.cache[modulePath];
    const { answerFileRequests } = require(modulePath) as typeof import('../../client/src/fileRequests');
    const client = { onRequest: (type: { method: string }, handler: Handler) => { handlers.set(type.method, handler); return { dispose: () => handlers.delete(type.method) }; } };
    const output = { warn: (line: string) => warnings.push(line) };
    answerFileRequests(client as never, output as never);
  });

  const readFile = (params: ReadFileParams) => handlers.get(ReadFileRequest.method)!(params) as Promise<unknown>;
  const listFolder = (params: ListFolderParams) => handlers.get(ListFolderRequest.method)!(params) as Promise<unknown>;
  const open = (doc: string, languageId = 'workreport') => fake.state.documents.push({ uri: FakeUri.parse(doc), languageId, isClosed: false });

  it('reads and lists beside a report only while it is open', async () => {
    assert.equal(await readFile({ uri: LAST, maxBytes: 1000 }), null, 'nothing open');
    open(uri('/2025/其他.md'));
    assert.equal(await readFile({ uri: LAST, maxBytes: 1000 }), '上年');
    assert.deepEqual(await listFolder({ uri: uri('/2025'), maxEntries: 1000, extensions: ['.md', '.txt'] }), [
      { uri: LAST, name: '报告.md', size: 6, mtimeMs: 1_700_000_000_000 },
      { uri: uri('/2025/附件.txt'), name: '附件.txt', size: 6, mtimeMs: 1_700_000_000_000 },
    ]);
    fake.state.documents[0].isClosed = true;
    assert.equal(await readFile({ uri: LAST, maxBytes: 1000 }), null, 'closed');
    assert.equal(await listFolder({ uri: uri('/2025'), maxEntries: 1000, extensions: ['.md'] }), null, 'closed');
    assert.ok(warnings.some((w) => w.includes('neither beside a report open in the editor nor named by workreport.previousReport')), warnings.join('\n'));
  });

  it('a document in a language the server does not serve opens nothing beside it', async () => {
    open(uri('/2025/data.json'), 'json');
    assert.equal(await readFile({ uri: LAST, maxBytes: 1000 }), null);
  });

  it('reads the file workreport.previousReport names for an open report, resolved as the server resolves it', async () => {
    open(THIS, 'markdown');
    assert.equal(await readFile({ uri: LAST, maxBytes: 1000 }), null, 'another folder, not named');
    fake.state.settings.set(THIS, { previousReport: '2025/报告.md' });
    assert.equal(await readFile({ uri: LAST, maxBytes: 1000 }), '上年', 'relative to the workspace folder');
    assert.equal(await readFile({ uri: uri('/2025/附件.txt'), maxBytes: 1000 }), null, 'only the named file of that folder');
    assert.equal(await listFolder({ uri: uri('/2025'), maxEntries: 1000, extensions: ['.md'] }), null, 'and its folder is not listed');
  });

  it('answers null to a request that is no URI, as to any it refuses', async () => {
    open(THIS);
    assert.equal(await readFile({ uri: 'no scheme.md' }), null);
    assert.equal(await readFile({ uri: 42 } as never), null);
    assert.equal(await listFolder({ uri: null, maxEntries: 1, extensions: [] } as never), null);
  });
});
