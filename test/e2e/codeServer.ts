import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { EXAMPLE, EXAMPLE_DRAFT, REPO_ROOT } from '../helpers/fixture';

export const CACHE = path.join(REPO_ROOT, '.e2e-cache');
const TOOLS = path.join(CACHE, 'tools');
const ENTRY = path.join(TOOLS, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the suite cannot run here, or undefined when it can. */
export function missingPrerequisite(): string | undefined {
  if (process.env.WORKREPORT_E2E === '0') return 'WORKREPORT_E2E=0';
  if (!fs.existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (apt-get install chromium ripgrep libkrb5-dev fonts-wqy-microhei, as .ci/run does)`;
  if (spawnSync('rg', ['--version']).status !== 0) return 'no ripgrep (apt-get install ripgrep)';
  return undefined;
}

/** code-server and playwright-core in .e2e-cache (git ignores it), set up once by test/e2e/setup.sh. */
export function ensureTools(): void {
  const r = spawnSync('bash', [path.join(REPO_ROOT, 'test', 'e2e', 'setup.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error('test/e2e/setup.sh failed');
}

/** The part of playwright-core the suite uses (it lives in the tool folder, not in the project's dependencies). */
export interface Locator {
  allInnerTexts(): Promise<string[]>;
  innerText(): Promise<string>;
  first(): Locator;
  click(): Promise<void>;
}
export interface Page {
  goto(url: string): Promise<unknown>;
  waitForSelector(selector: string, options?: { state?: 'visible' | 'attached'; timeout?: number }): Promise<unknown>;
  waitForFunction(expression: string, arg?: unknown, options?: { timeout?: number }): Promise<unknown>;
  waitForTimeout(ms: number): Promise<void>;
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
  locator(selector: string): Locator;
  screenshot(options: { path: string }): Promise<unknown>;
  /** Requests of the page, its frames and their workers; the browser console. */
  on(event: 'request', listener: (request: { url(): string }) => void): void;
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): void;
}
export interface Browser {
  newPage(options: { viewport: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}
interface PlaywrightCore {
  chromium: { launch(options: { executablePath: string; args: string[] }): Promise<Browser> };
}

export function playwright(): PlaywrightCore {
  return require(path.join(TOOLS, 'node_modules', 'playwright-core')) as PlaywrightCore;
}

/** The extension's id as VS Code names it (publisher.name), for settings keyed by extension. */
export function extensionId(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { publisher: string; name: string };
  return `${pkg.publisher}.${pkg.name}`;
}

/** Headless Chromium with the flags of the architecture notes (no sandbox as root, nothing fetched from the network). */
export function launchChromium(): Promise<Browser> {
  return playwright().chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** What a user does in the workbench, through the keyboard, waiting for what they would wait for. */
export function workbench(page: Page) {
  const pause = (ms: number) => page.waitForTimeout(ms);
  const leads = (text: string, how: 'includes' | 'startsWith') =>
    `(document.querySelector('.quick-input-list .monaco-list-row')?.getAttribute('aria-label') ?? '').${how}(${JSON.stringify(text)})`;
  /** Opens a quick input (the palette, Quick Open, Go to Line) with its key and types into it. */
  const quickInput = async (key: string, text: string) => {
    await page.keyboard.press(key);
    await page.waitForSelector('.quick-input-widget', { state: 'visible' });
    await page.keyboard.type(text);
  };
  return {
    pause,
    /** Runs a palette command once it leads the list (a slow machine filters later than a fast one). */
    async command(text: string): Promise<void> {
      await quickInput('F1', text);
      await page.waitForFunction(leads(text, 'includes'), undefined, { timeout: 20000 });
      await page.keyboard.press('Enter');
      await pause(800);
    },
    /** Opens a file of the workspace by its name through Quick Open. */
    async openFile(name: string): Promise<void> {
      await quickInput('Control+P', name);
      // The first file search of a session takes a while: wait until the file leads the results.
      await page.waitForFunction(leads(name, 'startsWith'), undefined, { timeout: 30000 });
      await page.keyboard.press('Enter');
      await page.waitForFunction(`document.querySelector('.tab.active .label-name')?.textContent === ${JSON.stringify(name)}`, undefined, { timeout: 20000 });
    },
    async gotoLine(lineColumn: string): Promise<void> {
      await quickInput('Control+G', lineColumn);
      await page.keyboard.press('Enter');
      await pause(400);
    },
    /** Opens the lightbulb menu at the cursor and lists its entries. */
    async lightbulb(): Promise<string[]> {
      await page.keyboard.press('Control+.');
      await page.waitForSelector('.action-widget .monaco-list-row', { state: 'visible', timeout: 15000 });
      return page.locator('.action-widget .monaco-list-row').allInnerTexts();
    },
    /** Polls until `ok`, failing with the last value seen. */
    async until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 30000): Promise<T> {
      const deadline = Date.now() + ms;
      for (;;) {
        const v = await fn();
        if (ok(v)) return v;
        if (Date.now() > deadline) throw new Error(`${what}: last seen ${JSON.stringify(v).slice(0, 500)}`);
        await pause(500);
      }
    },
    outline: () => page.locator('.outline-pane .monaco-list-row').allInnerTexts(),
    problems: () => page.locator('.markers-panel .monaco-list-row').allInnerTexts(),
  };
}

export function buildVsix(): string {
  const r = spawnSync('npm', ['run', 'package'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run package failed:\n${r.stdout}\n${r.stderr}`);
  return path.join(REPO_ROOT, 'workreport.vsix');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface CodeServer {
  readonly url: string;
  readonly userData: string;
  stop(): Promise<void>;
}

/** Installs the .vsix into a fresh extensions folder, then serves `workspace` on a free loopback port. */
export async function startCodeServer(vsix: string, root: string, workspace: string, settings: object): Promise<CodeServer> {
  const userData = path.join(root, 'user-data');
  const extensions = path.join(root, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  const common = ['--auth', 'none', '--user-data-dir', userData, '--extensions-dir', extensions, '--disable-telemetry', '--disable-update-check'];
  const install = spawnSync(process.execPath, [ENTRY, ...common, '--install-extension', vsix], { encoding: 'utf8' });
  if (install.status !== 0 || !/successfully installed/.test(install.stdout)) throw new Error(`installing the .vsix failed:\n${install.stdout}\n${install.stderr}`);
  const port = await freePort();
  const log = fs.openSync(path.join(root, 'code-server.log'), 'w');
  const proc: ChildProcess = spawn(process.execPath, [ENTRY, ...common, '--bind-addr', `127.0.0.1:${port}`, '--disable-workspace-trust', workspace], { stdio: ['ignore', log, log] });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60000;
  for (;;) {
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline || proc.exitCode !== null) {
      proc.kill('SIGKILL'); // one that never answered must not outlive the run
      throw new Error(`code-server did not start; see ${path.join(root, 'code-server.log')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url: `${url}/?folder=${encodeURIComponent(workspace)}`,
    userData,
    stop: () => new Promise<void>((resolve) => {
      if (proc.exitCode !== null) return resolve();
      proc.on('exit', () => resolve());
      proc.kill();
      setTimeout(() => { proc.kill('SIGKILL'); resolve(); }, 5000);
    }),
  };
}

/** Every error line the extension wrote, in its own log or in the extension host's log. */
export function extensionErrors(userData: string): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else if (e.name.endsWith('.log')) {
        const own = p.includes('workreport.workreport');
        for (const line of fs.readFileSync(p, 'utf8').split('\n')) {
          if (/\[error\]/.test(line) && (own || /workreport/i.test(line))) out.push(`${path.basename(p)}: ${line}`);
        }
      }
    }
  };
  const logs = path.join(userData, 'logs');
  if (fs.existsSync(logs)) visit(logs);
  return out;
}

/** The settings of both suites' workbenches: Chinese messages, nothing that pops up, updates or phones home. */
const BASE_SETTINGS = {
  'security.workspace.trust.enabled': false,
  // No language pack can be installed offline: the extension's own setting gives Chinese messages.
  'workreport.locale': 'zh-cn',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'editor.fontFamily': "'WenQuanYi Micro Hei Mono', 'WenQuanYi Micro Hei', monospace",
};

export interface WorkbenchOptions {
  /** Names the temporary folder (wr-<name>-…) and the screenshots' folder (test-results/<name>). */
  name: string;
  /** Settings of this suite only, over BASE_SETTINGS. */
  settings?: Record<string, unknown>;
  /** Files written into the workspace beside the example report and its draft: file name → text. */
  files?: Record<string, string>;
  /** Called with the page before it loads the workbench, to attach listeners. */
  listen?: (page: Page) => void;
}

/** A workbench open on a fresh workspace, in code-server with the packaged .vsix installed. */
export interface Workbench {
  readonly server: CodeServer;
  readonly page: Page;
  /** The temporary folder of this run: workspace, user data, extensions, code-server.log. */
  readonly root: string;
  readonly workspace: string;
  /** Saves a screenshot as test-results/<name>/<file>.png. */
  shot(file: string): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * Packages the extension, writes a workspace with the example report, its 初稿 and `files`, serves it with
 * code-server and opens it in headless Chromium, waiting until the explorer lists the files.
 */
export async function openWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  ensureTools();
  const vsix = buildVsix();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `wr-${options.name}-`));
  const workspace = path.join(root, 'workspace');
  fs.mkdirSync(workspace);
  for (const file of [EXAMPLE, EXAMPLE_DRAFT]) fs.copyFileSync(file, path.join(workspace, path.basename(file)));
  for (const [name, text] of Object.entries(options.files ?? {})) fs.writeFileSync(path.join(workspace, name), text);
  const server = await startCodeServer(vsix, root, workspace, { ...BASE_SETTINGS, ...options.settings });
  let browser: Browser | undefined;
  const stop = async () => {
    try {
      await browser?.close();
    } finally {
      await server.stop();
    }
  };
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    options.listen?.(page);
    const shots = path.join(REPO_ROOT, 'test-results', options.name);
    fs.mkdirSync(shots, { recursive: true });
    await page.goto(server.url);
    await page.waitForSelector('.monaco-workbench', { timeout: 120000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
    return { server, page, root, workspace, shot: (file) => page.screenshot({ path: path.join(shots, `${file}.png`) }), stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/**
 * The hooks of a suite that runs in one workbench: skipped, saying why, where the prerequisites are missing;
 * opened before the first test, a screenshot of every failed test, stopped after the last. The workbench's
 * fields can be read from the first test on.
 */
export function useWorkbench(options: WorkbenchOptions): Omit<Workbench, 'stop'> {
  let opened: Workbench | undefined;
  let started = 0;
  const open = (): Workbench => {
    if (!opened) throw new Error('the workbench is not open: its before() hook failed or was skipped');
    return opened;
  };
  before(async function () {
    const missing = missingPrerequisite();
    if (missing) {
      console.log(`      skipped: ${missing}`);
      this.skip();
    }
    started = Date.now();
    opened = await openWorkbench(options);
  });
  after(async () => {
    if (!opened) return;
    await opened.stop();
    console.log(`      ${options.name} run time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && opened) await opened.shot(`failed-${this.currentTest.title.slice(0, 40).replace(/[^\w\u4e00-\u9fff]+/g, '-')}`);
  });
  return {
    get server() { return open().server; },
    get page() { return open().page; },
    get root() { return open().root; },
    get workspace() { return open().workspace; },
    shot: (file) => open().shot(file),
  };
}
