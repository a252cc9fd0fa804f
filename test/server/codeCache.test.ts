import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Module = require('module');
import { DocumentSymbolRequest, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { SERVER, withClient } from '../helpers/lspClient';
import { EXAMPLE } from '../helpers/fixture';
import { tempFolder } from '../helpers/tempFolder';

const example = fs.readFileSync(EXAMPLE, 'utf8');
/** Node 22 and later keep their own compile cache (module.enableCompileCache) in the same folder. */
const nodeCachesItself = typeof (Module as unknown as { enableCompileCache?: unknown }).enableCompileCache === 'function';

/** Starts the server with a cache folder, checks it answers with the example's outline, and stops it. */
async function serveOnce(cacheDir: string): Promise<void> {
  await withClient({ env: { WORKREPORT_CODE_CACHE: cacheDir } }, async (client) => {
    const uri = 'file:///cache-check.md';
    await client.open(uri, example);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.equal(symbols.length, 1, 'the example is one report');
    assert.ok((symbols[0].children ?? []).length >= 2, 'with its parts');
    assert.deepEqual(client.protocolErrors, []);
  });
}

const cacheFiles = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => !f.endsWith('.tmp')) : []);

describe('server start through the code cache (dist/server.js loading dist/server-main.js)', function () {
  this.timeout(30000);
  let root: string;
  beforeEach(() => { root = tempFolder('workreport-cache-'); });

  it('writes a cache on the first run and reads it, unchanged, on the next', async () => {
    const dir = path.join(root, 'cache');
    await serveOnce(dir);
    const files = cacheFiles(dir);
    assert.ok(files.length >= 1, 'a cache was written when the server exited');
    if (nodeCachesItself) return;
    assert.equal(files.length, 1);
    const file = path.join(dir, files[0]);
    assert.match(files[0], /^server-main-\d+-\d+\.cache$/);
    assert.ok(fs.statSync(file).size > 10_000, 'the cache holds compiled code');
    const before = fs.readFileSync(file);
    await serveOnce(dir);
    // V8 accepted it, so the server had no reason to write it again.
    assert.deepEqual(fs.readFileSync(file), before);
  });

  it('drops the caches of earlier builds when it writes its own', async function () {
    if (nodeCachesItself) this.skip();
    const dir = path.join(root, 'cache');
    fs.mkdirSync(dir);
    const stale = path.join(dir, 'server-main-123-456.cache');
    const unrelated = path.join(dir, 'notes.txt');
    fs.writeFileSync(stale, 'an old build');
    fs.writeFileSync(unrelated, 'kept');
    await serveOnce(dir);
    assert.ok(!fs.existsSync(stale), 'the old build\'s cache is gone');
    assert.equal(fs.readFileSync(unrelated, 'utf8'), 'kept');
    assert.equal(cacheFiles(dir).filter((f) => f.endsWith('.cache')).length, 1);
  });

  it('serves as usual when the cache is corrupt, and replaces it', async function () {
    if (nodeCachesItself) this.skip();
    const dir = path.join(root, 'cache');
    await serveOnce(dir);
    const file = path.join(dir, cacheFiles(dir)[0]);
    const garbage = Buffer.from('not a V8 code cache at all'.repeat(100));
    fs.writeFileSync(file, garbage);
    await serveOnce(dir);
    const after = fs.readFileSync(file);
    assert.notDeepEqual(after, garbage, 'the rejected cache was rewritten');
    assert.ok(after.length > 10_000);
  });

  it('loads the bundles as ASCII: the rules\' Chinese patterns are escaped, and the server still reads Chinese markers', async () => {
    // One non-ASCII character makes V8 hold and decode the whole bundle as UTF-16 at every start (esbuild.mjs).
    for (const name of ['server.js', 'server-main.js', 'client.js', 'cli.js']) {
      const bytes = fs.readFileSync(path.join(path.dirname(SERVER), name));
      const at = bytes.findIndex((b) => b > 0x7f);
      assert.equal(at, -1, `dist/${name} has a non-ASCII byte at ${at}`);
    }
    // serveOnce asserts the example's parts, found by the escaped patterns (一、 （一） 2024年工作回顾).
    await serveOnce(path.join(root, 'cache'));
  });

  it('serves as usual when the cache folder cannot be created', async () => {
    const blocker = path.join(root, 'a-file');
    fs.writeFileSync(blocker, 'x');
    // A folder inside a regular file can never exist.
    await serveOnce(path.join(blocker, 'cache'));
    assert.equal(fs.readFileSync(blocker, 'utf8'), 'x');
  });
});
