import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EXAMPLE, EXAMPLE_DRAFT, REPO_ROOT } from '../helpers/fixture';
import { missingPrerequisite, ensureTools, buildVsix, startCodeServer, extensionErrors, playwright, CHROMIUM, type CodeServer, type Browser, type Page } from './codeServer';

const SHOTS = path.join(REPO_ROOT, 'test-results', 'e2e');
const EXAMPLE_NAME = path.basename(EXAMPLE);
const DRAFT_NAME = path.basename(EXAMPLE_DRAFT);

/**
 * The packaged extension in a real VS Code workbench (code-server 4.100.3 = VS Code 1.100), driven through
 * headless Chromium: what a user sees, asserted in the DOM, with screenshots in test-results/e2e.
 */
describe('e2e: the .vsix in a real VS Code (code-server + Chromium)', function () {
  this.timeout(600000);
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const started = Date.now();

  before(async function () {
    const missing = missingPrerequisite();
    if (missing) {
      console.log(`      skipped: ${missing}`);
      this.skip();
    }
    ensureTools();
    const vsix = buildVsix();
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wr-e2e-'));
    const workspace = path.join(root, 'workspace');
    fs.mkdirSync(workspace);
    fs.copyFileSync(EXAMPLE, path.join(workspace, EXAMPLE_NAME));
    fs.copyFileSync(EXAMPLE_DRAFT, path.join(workspace, DRAFT_NAME));
    server = await startCodeServer(vsix, root, workspace, {
      'security.workspace.trust.enabled': false,
      // No language pack can be installed offline: the extension's own setting gives Chinese messages.
      'workreport.locale': 'zh-cn',
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoUpdate': false,
      'editor.fontFamily': "'WenQuanYi Micro Hei Mono', 'WenQuanYi Micro Hei', monospace",
    });
    browser = await playwright().chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.goto(server.url);
    await page.waitForSelector('.monaco-workbench', { timeout: 120000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
  });

  after(async function () {
    await browser?.close();
    await server?.stop();
    if (server) console.log(`      e2e run time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  });

  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await shot(`failed-${this.currentTest.title.slice(0, 40).replace(/[^\w\u4e00-\u9fff]+/g, '-')}`);
  });
  const pause = (ms: number) => page.waitForTimeout(ms);
  async function command(text: string): Promise<void> {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget', { state: 'visible' });
    await page.keyboard.type(text);
    // Enter only once the command leads the list: a slow machine filters later than a fast one.
    await page.waitForFunction(`(document.querySelector('.quick-input-list .monaco-list-row')?.getAttribute('aria-label') ?? '').includes(${JSON.stringify(text)})`, undefined, { timeout: 20000 });
    await page.keyboard.press('Enter');
    await pause(800);
  }
  async function openFile(fragment: string): Promise<void> {
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget', { state: 'visible' });
    await page.keyboard.type(fragment);
    const name = fragment === '初稿' ? DRAFT_NAME : EXAMPLE_NAME;
    // The first file search of a session takes a while: wait until the file leads the results.
    await page.waitForFunction(`(document.querySelector('.quick-input-list .monaco-list-row')?.getAttribute('aria-label') ?? '').startsWith(${JSON.stringify(name)})`, undefined, { timeout: 30000 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(`document.querySelector('.tab.active .label-name')?.textContent === ${JSON.stringify(name)}`, undefined, { timeout: 20000 });
  }
  async function gotoLine(lineColumn: string): Promise<void> {
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget', { state: 'visible' });
    await page.keyboard.type(lineColumn);
    await page.keyboard.press('Enter');
    await pause(400);
  }
  async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 30000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = await fn();
      if (ok(v)) return v;
      if (Date.now() > deadline) throw new Error(`${what}: last seen ${JSON.stringify(v).slice(0, 500)}`);
      await pause(500);
    }
  }
  const problems = () => page.locator('.markers-panel .monaco-list-row').allInnerTexts();

  it('opens the example in the 工作报告 language mode', async () => {
    await openFile('示例区人大常委会工作报告.md');
    const mode = await until(() => page.locator('#status\\.editor\\.mode').innerText(), (m) => m.includes('工作报告'), 'language mode');
    assert.match(mode, /工作报告/);
  });

  it('shows parts, sections and items in the Outline view', async () => {
    // Give the Outline the height of the side bar: fold the file list away.
    await page.locator('.explorer-viewlet .pane-header').first().click();
    await command('Explorer: Focus on Outline View');
    const rows = await until(() => page.locator('.outline-pane .monaco-list-row').allInnerTexts(), (r) => r.some((x) => x.includes('（一）加强理论学习')), 'outline rows');
    const names = rows.map((r) => r.split('\n')[0]);
    assert.ok(names.some((n) => n.startsWith('示例区人民代表大会常务委员会工作报告')));
    assert.ok(names.some((n) => n.startsWith('2024年主要工作回顾')));
    assert.ok(names.some((n) => n.startsWith('一、坚持党的领导，把牢人大工作正确方向')));
    await shot('outline');
  });

  it('shows 字数 in the status bar', async () => {
    const items = await until(() => page.locator('.statusbar-item').allInnerTexts(), (all) => all.some((s) => /\d+字/.test(s)), 'status bar 字数');
    assert.ok(items.some((s) => /\d+字/.test(s)));
  });

  it('lists the broken copy’s problems in Chinese in the Problems panel', async () => {
    await openFile('初稿');
    await command('Problems: Focus on Problems View');
    const rows = await until(problems, (r) => r.some((x) => x.includes('“二、”之后应为“三、”，此处为“四、”')), 'problems');
    for (const id of ['marker-punctuation', 'marker-bracket', 'numbering-sequence', 'date-format', 'year-mismatch', 'broken-paragraph', 'doubled-punctuation']) {
      assert.ok(rows.some((r) => r.includes(id)), id);
    }
    assert.ok(rows.some((r) => r.includes('序号括号不成对：“(三）”应为“（三）”')));
    await shot('problems');
  });

  it('a quick fix from the lightbulb renumbers, and its problem disappears', async () => {
    await gotoLine('31:6');
    await page.keyboard.press('Control+.');
    await page.waitForSelector('.action-widget .monaco-list-row', { state: 'visible', timeout: 15000 });
    const offered = await page.locator('.action-widget .monaco-list-row').allInnerTexts();
    assert.ok(offered.some((o) => o.includes('重新编号本级序号')), offered.join(' | '));
    await shot('quickfix');
    // The preferred fix is focused first: Enter applies it, as a user would.
    await page.keyboard.press('Enter');
    await until(() => page.locator('.view-lines').first().innerText(), (t) => t.includes('三、践行全过程人民民主'), 'renumbered text');
    await until(problems, (r) => !r.some((x) => x.includes('“二、”之后应为“三、”')), 'problem gone');
  });

  it('completion offers the next marker in the document’s form', async () => {
    await gotoLine('29:1');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Space');
    await page.waitForSelector('.suggest-widget .monaco-list-row', { timeout: 15000 });
    const labels = (await page.locator('.suggest-widget .monaco-list-row').allInnerTexts()).map((s) => s.split('\n')[0]);
    assert.equal(labels[0], '（四）');
    await shot('completion');
    await page.keyboard.press('Escape');
  });

  it('工作报告：起草下一年报告 opens next year’s draft in a new editor', async () => {
    await command('起草下一年报告');
    const text = await until(() => page.locator('.view-lines').first().innerText(), (t) => t.includes('×月×日'), 'draft editor');
    assert.ok(text.includes('2026年×月×日在示例区第十八届人民代表大会第×次会议上'));
    assert.ok(text.includes('2025年主要工作回顾'));
    await shot('draft');
  });

  it('the extension logged no error', async () => {
    assert.deepEqual(extensionErrors(server!.userData), []);
  });
  it('restarts a language server that died, says so once, and goes on serving', async () => {
    const { execSync } = await import('child_process');
    const killServer = () => execSync("pkill -f 'workreport-[0-9.]*/dist/server.js' || true");
    const errorsBefore = extensionErrors(server!.userData).length;
    killServer();
    const toast = await until(() => page.locator('.notifications-toasts').allInnerTexts(), (t) => t.join(' ').includes('语言服务意外停止'), 'restart notice');
    assert.ok(toast.join(' ').includes('已自动重启'));
    await shot('restarted');
    await openFile('示例区人大常委会工作报告.md');
    await command('Explorer: Focus on Outline View');
    await until(() => page.locator('.outline-pane .monaco-list-row').allInnerTexts(), (r) => r.some((x) => x.includes('（一）加强理论学习')), 'outline after the restart');
    // A second death is handled as quietly: no second notice.
    killServer();
    await pause(4000);
    const notices = (await page.locator('.notifications-toasts .notification-list-item').allInnerTexts()).filter((t) => t.includes('语言服务意外停止'));
    assert.ok(notices.length <= 1, `${notices.length} notices`);
    await command('Explorer: Focus on Outline View');
    await until(() => page.locator('.outline-pane .monaco-list-row').allInnerTexts(), (r) => r.some((x) => x.includes('（一）加强理论学习')), 'outline after the second restart');
    // The errors now in the log are the two exits this test caused.
    const added = extensionErrors(server!.userData).slice(errorsBefore);
    assert.equal(added.length, 2, added.join('\n'));
    for (const line of added) assert.match(line, /Server process exited with signal SIGTERM/);
  });

});
