import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { REPO_ROOT } from '../helpers/fixture';

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
  return {
    pause,
    /** Runs a palette command once it leads the list (a slow machine filters later than a fast one). */
    async command(text: string): Promise<void> {
      await page.keyboard.press('F1');
      await page.waitForSelector('.quick-input-widget', { state: 'visible' });
      await page.keyboard.type(text);
      await page.waitForFunction(leads(text, 'includes'), undefined, { timeout: 20000 });
      await page.keyboard.press('Enter');
      await pause(800);
    },
    /** Opens a file of the workspace by its name through Quick Open. */
    async openFile(name: string): Promise<void> {
      await page.keyboard.press('Control+P');
      await page.waitForSelector('.quick-input-widget', { state: 'visible' });
      await page.keyboard.type(name);
      // The first file search of a session takes a while: wait until the file leads the results.
      await page.waitForFunction(leads(name, 'startsWith'), undefined, { timeout: 30000 });
      await page.keyboard.press('Enter');
      await page.waitForFunction(`document.querySelector('.tab.active .label-name')?.textContent === ${JSON.stringify(name)}`, undefined, { timeout: 20000 });
    },
    async gotoLine(lineColumn: string): Promise<void> {
      await page.keyboard.press('Control+G');
      await page.waitForSelector('.quick-input-widget', { state: 'visible' });
      await page.keyboard.type(lineColumn);
      await page.keyboard.press('Enter');
      await pause(400);
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
    if (Date.now() > deadline || proc.exitCode !== null) throw new Error(`code-server did not start; see ${path.join(root, 'code-server.log')}`);
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
