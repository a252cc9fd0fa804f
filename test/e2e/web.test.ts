import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EXAMPLE, EXAMPLE_DRAFT, REPO_ROOT } from '../helpers/fixture';
import { missingPrerequisite, ensureTools, buildVsix, startCodeServer, launchChromium, workbench, extensionId, type CodeServer, type Browser, type Page } from './codeServer';

const SHOTS = path.join(REPO_ROOT, 'test-results', 'e2e-web');
const EXAMPLE_NAME = path.basename(EXAMPLE);
const DRAFT_NAME = path.basename(EXAMPLE_DRAFT);

/**
 * The web extension (package.json "browser") as VS Code for the Web runs it: code-server's workbench told by
 * `remote.extensionKind` to run the extension in the browser's web worker extension host, as vscode.dev and
 * github.dev do (they have no other host). The client is dist/web/client.js and the language server
 * dist/web/server.js in a worker of its own; no Node process of the extension runs.
 */
describe('e2e web: the extension in the browser’s web worker (code-server + Chromium)', function () {
  this.timeout(600000);
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let root: string;
  /** Paths of the extension's files the browser fetched (dist/web/client.js, …). */
  const fetched: string[] = [];
  const consoleErrors: string[] = [];

  before(async function () {
    const missing = missingPrerequisite();
    if (missing) {
      console.log(`      skipped: ${missing}`);
      this.skip();
    }
    ensureTools();
    const vsix = buildVsix();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'wr-e2e-web-'));
    const workspace = path.join(root, 'workspace');
    fs.mkdirSync(workspace);
    fs.copyFileSync(EXAMPLE, path.join(workspace, EXAMPLE_NAME));
    fs.copyFileSync(EXAMPLE_DRAFT, path.join(workspace, DRAFT_NAME));
    server = await startCodeServer(vsix, root, workspace, {
      'remote.extensionKind': { [extensionId()]: ['web'] },
      'security.workspace.trust.enabled': false,
      'workreport.locale': 'zh-cn',
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoUpdate': false,
      'editor.fontFamily': "'WenQuanYi Micro Hei Mono', 'WenQuanYi Micro Hei', monospace",
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // The workbench fetches a remote extension's files through /vscode-remote-resource?path=…
    page.on('request', (request) => {
      const file = new URL(request.url()).searchParams.get('path');
      if (file?.includes(`${extensionId()}-`)) fetched.push(file.replace(/^.*?\/extensions\/[^/]+\//, ''));
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && /workreport/i.test(message.text())) consoleErrors.push(message.text());
    });
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.goto(server.url);
    await page.waitForSelector('.monaco-workbench', { timeout: 120000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
  });

  after(async function () {
    await browser?.close();
    await server?.stop();
  });

  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await shot(`failed-${this.currentTest.title.slice(0, 40).replace(/[^\w\u4e00-\u9fff]+/g, '-')}`);
  });

  it('shows the report’s parts and sections in the Outline view', async () => {
    const { openFile, command, until, outline } = workbench(page);
    await openFile(EXAMPLE_NAME);
    // Give the Outline the height of the side bar: fold the file list away.
    await page.locator('.explorer-viewlet .pane-header').first().click();
    await command('Explorer: Focus on Outline View');
    const rows = await until(outline, (r) => r.some((x) => x.includes('（一）加强理论学习')), 'outline rows');
    const names = rows.map((r) => r.split('\n')[0]);
    assert.ok(names.some((n) => n.startsWith('2024年主要工作回顾')), names.join(' | '));
    assert.ok(names.some((n) => n.startsWith('一、坚持党的领导，把牢人大工作正确方向')), names.join(' | '));
    await shot('outline');
  });

  it('lists the 初稿’s problems in Chinese in the Problems panel', async () => {
    const { openFile, command, until, problems } = workbench(page);
    await openFile(DRAFT_NAME);
    await command('Problems: Focus on Problems View');
    const rows = await until(problems, (r) => r.some((x) => x.includes('“二、”之后应为“三、”，此处为“四、”')), 'problems');
    assert.ok(rows.some((r) => r.includes('序号括号不成对：“(三）”应为“（三）”') && r.includes('marker-bracket')), rows.join(' | '));
    await shot('problems');
  });

  it('a quick fix from the lightbulb renumbers, and its problem disappears', async () => {
    const { gotoLine, until, problems } = workbench(page);
    await gotoLine('31:6');
    await page.keyboard.press('Control+.');
    await page.waitForSelector('.action-widget .monaco-list-row', { state: 'visible', timeout: 15000 });
    const offered = await page.locator('.action-widget .monaco-list-row').allInnerTexts();
    assert.ok(offered.some((o) => o.includes('重新编号本级序号')), offered.join(' | '));
    await page.keyboard.press('Enter');
    await until(() => page.locator('.view-lines').first().innerText(), (t) => t.includes('三、践行全过程人民民主'), 'renumbered text');
    await until(problems, (r) => !r.some((x) => x.includes('“二、”之后应为“三、”')), 'problem gone');
  });

  it('ran in the web worker extension host: the browser loaded dist/web/client.js and dist/web/server.js, and no server process started', () => {
    assert.ok(fetched.includes('dist/web/client.js'), fetched.join(' | '));
    assert.ok(fetched.includes('dist/web/server.js'), fetched.join(' | '));
    assert.ok(!fetched.includes('dist/client.js'), fetched.join(' | '));
    const processes = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).stdout.split('\n');
    assert.deepEqual(processes.filter((p) => p.includes(root) && /dist\/server(-main)?\.js/.test(p)), []);
  });

  it('工作报告：重启语言服务 starts a fresh worker that goes on serving', async () => {
    const { command, until, problems } = workbench(page);
    const before = fetched.filter((f) => f === 'dist/web/server.js').length;
    await command('重启语言服务');
    await until(async () => fetched.filter((f) => f === 'dist/web/server.js').length, (n) => n > before, 'a new worker');
    await until(() => page.locator('.statusbar').innerText(), (t) => t.includes('工作报告语言服务已重启'), 'restarted message', 15000);
    const rows = await until(problems, (r) => r.some((x) => x.includes('marker-bracket')), 'problems after the restart');
    assert.ok(!rows.some((x) => x.includes('“二、”之后应为“三、”')), 'the fixed problem stays fixed');
  });

  it('the extension wrote no error to the browser console', () => {
    assert.deepEqual(consoleErrors, []);
  });
});
