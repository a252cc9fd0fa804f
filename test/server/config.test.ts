import { strict as assert } from 'assert';
import { execFileSync, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DocumentSymbolRequest, type DocumentSymbol, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { TestClient, SERVER, withClient } from '../helpers/lspClient';
import { EXAMPLE, EXAMPLE_DRAFT, REPO_ROOT } from '../helpers/fixture';
import { tempFolder } from '../helpers/tempFolder';
import { MAX_OUTLINE_SYMBOLS } from '../../server/src/core/features/outline';

const draft = fs.readFileSync(EXAMPLE_DRAFT, 'utf8');
const example = fs.readFileSync(EXAMPLE, 'utf8');
const url = (p: string) => pathToFileURL(p).href;
const has = (p: PublishDiagnosticsParams, rule: string) => p.diagnostics.some((d) => d.code === rule);

describe('language server: configuration as untrusted data', function () {
  this.timeout(30000);
  let dir: string;
  beforeEach(() => { dir = tempFolder('wr-config-'); });

  it('a broken .workreportrc.json is reported on its keys, and the report keeps its outline and diagnostics', async () => {
    const rc = path.join(dir, '.workreportrc.json');
    const rcLines = ['{', '  // "numbering-sequense" is a typo: numbering-sequence stays on', '  "profiles": { "x": null, "y": { "required": ["shortcoming"] } },', '  "rules": { "numbering-sequense": "off" }', '}'];
    fs.writeFileSync(rc, rcLines.join('\n'));
    const at = (line: number, key: string) => `${line}:${rcLines[line].indexOf(key)}`;
    const doc = url(path.join(dir, 'draft.md'));
    await withClient({ workspaceFolders: [url(dir)], locale: 'en' }, async (c) => {
      await c.open(doc, draft, 'markdown');
      const problems = (await c.waitForDiagnostics(url(rc))).diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`);
      assert.deepEqual(problems, [
        `${at(2, '"x"')} The profile "x" must be an object such as { "required": ["review", "plan"] }`,
        `${at(2, '"shortcoming"')} Unknown part "shortcoming": the parts are review, shortcomings, plan, closing; did you mean "shortcomings"?`,
        `${at(3, '"numbering-sequense"')} Unknown rule "numbering-sequense"; did you mean "numbering-sequence"?`,
      ]);
      assert.ok(has(await c.waitForDiagnostics(doc), 'numbering-sequence'), 'the report is still checked');
      const symbols = (await c.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: doc } })) as DocumentSymbol[];
      assert.ok(symbols.length > 0, 'the report still has its outline');
    });
  });

  it('the search stops at the workspace folder; without one, at the document\'s folder', async () => {
    // A .workreportrc.json above the workspace folder, as any local user could put one in /tmp.
    const folder = path.join(dir, 'ws');
    fs.mkdirSync(path.join(folder, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.workreportrc.json'), '{ "rules": { "numbering-sequence": "off" } }');
    const doc = url(path.join(folder, 'sub', 'draft.md'));
    await withClient({ workspaceFolders: [url(folder)] }, async (c) => {
      await c.open(doc, draft, 'markdown');
      assert.ok(has(await c.waitForDiagnostics(doc), 'numbering-sequence'), 'the file above the workspace folder is not read');
    });
    fs.writeFileSync(path.join(folder, '.workreportrc.json'), '{ "rules": { "numbering-sequence": "off" } }');
    await withClient({ workspaceFolders: [url(folder)] }, async (c) => {
      await c.open(doc, draft, 'markdown');
      assert.ok(!has(await c.waitForDiagnostics(doc), 'numbering-sequence'), 'the workspace folder\'s own file is read');
    });
    await withClient({}, async (c) => {
      await c.open(doc, draft, 'markdown');
      assert.ok(has(await c.waitForDiagnostics(doc), 'numbering-sequence'), 'no folder: only the document\'s own folder');
      const beside = url(path.join(folder, 'draft.md'));
      await c.open(beside, draft, 'markdown');
      assert.ok(!has(await c.waitForDiagnostics(beside), 'numbering-sequence'), 'the document\'s own folder is read');
    });
  });

  it('a workspace folder added or removed moves the search: open reports are checked again', async () => {
    const folder = path.join(dir, 'ws');
    fs.mkdirSync(path.join(folder, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(folder, '.workreportrc.json'), '{ "rules": { "numbering-sequence": "off" } }');
    const doc = url(path.join(folder, 'sub', 'draft.md'));
    await withClient({ workspaceFolders: [] }, async (c) => {
      await c.open(doc, draft, 'markdown');
      assert.ok(has(await c.waitForDiagnostics(doc), 'numbering-sequence'), 'in no folder: ws/.workreportrc.json is above the document');
      await c.changeWorkspaceFolders([url(folder)]);
      await c.waitForDiagnostics(doc, (p) => !has(p, 'numbering-sequence'));
      await c.changeWorkspaceFolders([], [url(folder)]);
      await c.waitForDiagnostics(doc, (p) => has(p, 'numbering-sequence'));
    });
  });

  it('a FIFO named .workreportrc.json is skipped with a notice and stalls nothing', async function () {
    if (process.platform === 'win32') this.skip();
    const folder = path.join(dir, 'fifo');
    fs.mkdirSync(folder);
    execFileSync('mkfifo', [path.join(folder, '.workreportrc.json')]);
    const doc = url(path.join(folder, 'draft.md'));
    const other = url(path.join(dir, 'other.md'));
    await withClient({ workspaceFolders: [url(dir)] }, async (c) => {
      const notices: string[] = [];
      c.connection.onNotification('window/logMessage', (p: { message: string }) => { notices.push(p.message); });
      await c.open(doc, draft, 'markdown');
      await c.open(other, draft, 'markdown');
      assert.ok(has(await c.waitForDiagnostics(doc), 'numbering-sequence'));
      assert.ok(has(await c.waitForDiagnostics(other), 'numbering-sequence'));
      assert.ok(notices.some((m) => m.includes('.workreportrc.json') && m.includes('不是普通文件')), notices.join('\n'));
    });
  });

  it('a .workreportrc.json linked to /dev/zero, or over 1 MB, is not read: defaults, and a problem on the large one', async function () {
    if (process.platform === 'win32') this.skip();
    const zero = path.join(dir, 'zero');
    fs.mkdirSync(zero);
    fs.symlinkSync('/dev/zero', path.join(zero, '.workreportrc.json'));
    const large = path.join(dir, 'large');
    fs.mkdirSync(large);
    fs.writeFileSync(path.join(large, '.workreportrc.json'), `{ "rules": { "numbering-sequence": "off" }, "x": "${' '.repeat(2_000_000)}" }`);
    await withClient({ workspaceFolders: [url(dir)], locale: 'en' }, async (c) => {
      for (const sub of [zero, large]) {
        const doc = url(path.join(sub, 'draft.md'));
        await c.open(doc, draft, 'markdown');
        assert.ok(has(await c.waitForDiagnostics(doc), 'numbering-sequence'), sub);
      }
      const [problem] = (await c.waitForDiagnostics(url(path.join(large, '.workreportrc.json')))).diagnostics;
      assert.equal(problem.message, 'The configuration is larger than 1000000 bytes; defaults are used');
    });
  });
});

describe('language server: the Outline of a million headings', function () {
  this.timeout(180000);

  it('is cut at the cap with a notice, and answered in the time per character an ordinary report takes', async () => {
    const headings = Array.from({ length: 1_000_000 }, (_, k) => (k % 2 ? '（一）标题' : '一、标题')).join('\n');
    const ordinary = example.repeat(Math.ceil(headings.length / example.length)).slice(0, headings.length);
    await withClient({}, async (c) => {
      const time = async (uri: string, text: string) => {
        await c.open(uri, text, 'workreport');
        const start = process.hrtime.bigint();
        const symbols = (await c.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
        return { symbols, ms: Number(process.hrtime.bigint() - start) / 1e6 };
      };
      const reference = await time('file:///tmp/ws/ordinary.report.md', ordinary);
      const hostile = await time('file:///tmp/ws/headings.report.md', headings);
      const count = (list: DocumentSymbol[]): number => list.reduce((n, s) => n + 1 + count(s.children ?? []), 0);
      assert.equal(count(hostile.symbols), MAX_OUTLINE_SYMBOLS + 1);
      assert.match(hostile.symbols[hostile.symbols.length - 1].name, /另有 \d+ 个标题未在大纲中列出/);
      assert.ok(hostile.ms / reference.ms < 20, `${(hostile.ms / reference.ms).toFixed(1)}x the time of an ordinary report of the same size`);
    });
  });
});

describe('language server: broken LSP framing', function () {
  this.timeout(30000);
  const initialize = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  const cases: [string, string][] = [
    ['a negative Content-Length', `Content-Length: -5\r\n\r\n${initialize}`],
    ['a Content-Length that is not a number', `Content-Length: many\r\n\r\n${initialize}`],
    ['no Content-Length', `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${initialize}`],
    ['a Content-Length too short for its message', `Content-Length: 10\r\n\r\n${initialize}`],
  ];
  for (const [name, bytes] of cases) {
    it(`exits and says why on stderr after ${name}`, async () => {
      const server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      server.stderr.on('data', (d) => { stderr += d; });
      const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
      server.stdin.write(bytes);
      const code = await Promise.race([exited, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 10000))]);
      if (code === 'still running') server.kill();
      assert.equal(code, 1, `the server is ${code === 'still running' ? 'still running, silent' : `gone with ${code}`}`);
      assert.match(stderr, /the LSP input is broken \(.+\); exiting/);
    });
  }

  it('a well-framed session still works, and ends with exit code 0 after shutdown and exit', async () => {
    const c = await TestClient.start({});
    const exited = new Promise<number | null>((resolve) => c.proc.on('exit', (code) => resolve(code)));
    await c.open('file:///tmp/ws/ok.md', draft, 'markdown');
    await c.waitForDiagnostics('file:///tmp/ws/ok.md');
    await c.stop();
    assert.equal(await exited, 0);
  });
});

describe('command line: a profile named like an Object.prototype member', () => {
  it('--profile constructor, toString or __proto__ is an unknown profile (exit 2), not a crash', () => {
    for (const profile of ['constructor', 'toString', '__proto__']) {
      const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), 'check', EXAMPLE_DRAFT, '--profile', profile], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
      assert.equal(r.status, 2, `${profile}: ${r.stderr}`);
      assert.match(r.stderr, new RegExp(`unknown profile ${profile}`));
      assert.doesNotMatch(r.stderr, /TypeError|\n\s+at /);
    }
  });
});
