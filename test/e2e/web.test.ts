import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { EXAMPLE, EXAMPLE_DRAFT, REPO_ROOT } from '../helpers/fixture';
import { useWorkbench, workbench, extensionId } from './codeServer';

const EXAMPLE_NAME = path.basename(EXAMPLE);
const DRAFT_NAME = path.basename(EXAMPLE_DRAFT);
/** The pair of test/fixtures/compare, side by side in the workspace: the 2026 review does not report on the sea. */
const COMPARE = path.join(REPO_ROOT, 'test', 'fixtures', 'compare');
const COMPARE_FILES = Object.fromEntries(['某市2025年政府工作报告.md', '某市2026年政府工作报告.md'].map((name) => [name, fs.readFileSync(path.join(COMPARE, name), 'utf8')]));

/**
 * The web extension (package.json "browser") as VS Code for the Web runs it: code-server's workbench told by
 * `remote.extensionKind` to run the extension in the browser's web worker extension host, as vscode.dev and
 * github.dev do (they have no other host). The client is dist/web/client.js and the language server
 * dist/web/server.js in a worker of its own; no Node process of the extension runs.
 */
describe('e2e web: the extension in the browser’s web worker (code-server + Chromium)', function () {
  this.timeout(600000);
  /** Paths of the extension's files the browser fetched (dist/web/client.js, …). */
  const fetched: string[] = [];
  const consoleErrors: string[] = [];
  const session = useWorkbench({
    name: 'e2e-web',
    files: COMPARE_FILES,
    settings: { 'remote.extensionKind': { [extensionId()]: ['web'] } },
    listen(page) {
      // The workbench fetches a remote extension's files through /vscode-remote-resource?path=…
      page.on('request', (request) => {
        const file = new URL(request.url()).searchParams.get('path');
        if (file?.includes(`${extensionId()}-`)) fetched.push(file.replace(/^.*?\/extensions\/[^/]+\//, ''));
      });
      page.on('console', (message) => {
        if (message.type() === 'error' && /workreport/i.test(message.text())) consoleErrors.push(message.text());
      });
    },
  });

  it('shows the report’s parts and sections in the Outline view', async () => {
    const { openFile, command, until, outline } = workbench(session.page);
    await openFile(EXAMPLE_NAME);
    // Give the Outline the height of the side bar: fold the file list away.
    await session.page.locator('.explorer-viewlet .pane-header').first().click();
    await command('Explorer: Focus on Outline View');
    const rows = await until(outline, (r) => r.some((x) => x.includes('（一）加强理论学习')), 'outline rows');
    const names = rows.map((r) => r.split('\n')[0]);
    assert.ok(names.some((n) => n.startsWith('2024年主要工作回顾')), names.join(' | '));
    assert.ok(names.some((n) => n.startsWith('一、坚持党的领导，把牢人大工作正确方向')), names.join(' | '));
    await session.shot('outline');
  });

  it('lists the 初稿’s problems in Chinese in the Problems panel', async () => {
    const { openFile, command, until, problems } = workbench(session.page);
    await openFile(DRAFT_NAME);
    await command('Problems: Focus on Problems View');
    const rows = await until(problems, (r) => r.some((x) => x.includes('“二、”之后应为“三、”，此处为“四、”')), 'problems');
    assert.ok(rows.some((r) => r.includes('序号括号不成对：“(三）”应为“（三）”') && r.includes('marker-bracket')), rows.join(' | '));
    await session.shot('problems');
  });

  it('a quick fix from the lightbulb renumbers, and its problem disappears', async () => {
    const { gotoLine, lightbulb, until, problems } = workbench(session.page);
    await gotoLine('31:6');
    const offered = await lightbulb();
    assert.ok(offered.some((o) => o.includes('重新编号本级序号')), offered.join(' | '));
    await session.page.keyboard.press('Enter');
    await until(() => session.page.locator('.view-lines').first().innerText(), (t) => t.includes('三、践行全过程人民民主'), 'renumbered text');
    await until(problems, (r) => !r.some((x) => x.includes('“二、”之后应为“三、”')), 'problem gone');
  });

  it('last year’s report beside this one, read through the client: the review heading’s information names the unanswered task', async () => {
    const { openFile, command, until, problems } = workbench(session.page);
    await openFile('某市2026年政府工作报告.md');
    await command('Problems: Focus on Problems View');
    const rows = await until(problems, (r) => r.some((x) => x.includes('上年部署的“（三）建设海洋强市”在回顾中未见对应内容')), 'the unanswered task');
    const row = rows.find((x) => x.includes('建设海洋强市'))!;
    assert.ok(row.includes('unanswered-task') && row.includes('[Ln 5, Col 4]'), row);
    assert.ok(!rows.some((x) => x.includes('上年部署的“（一）')), rows.join(' | '));
    await session.shot('previous-report');
  });

  it('ran in the web worker extension host: the browser loaded dist/web/client.js and dist/web/server.js, and no server process started', () => {
    assert.ok(fetched.includes('dist/web/client.js'), fetched.join(' | '));
    assert.ok(fetched.includes('dist/web/server.js'), fetched.join(' | '));
    assert.ok(!fetched.includes('dist/client.js'), fetched.join(' | '));
    const processes = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).stdout.split('\n');
    assert.deepEqual(processes.filter((p) => p.includes(session.root) && /dist\/server(-main)?\.js/.test(p)), []);
  });

  it('工作报告：重启语言服务 starts a fresh worker that goes on serving', async () => {
    const { command, until, problems } = workbench(session.page);
    const before = fetched.filter((f) => f === 'dist/web/server.js').length;
    await command('重启语言服务');
    await until(async () => fetched.filter((f) => f === 'dist/web/server.js').length, (n) => n > before, 'a new worker');
    await until(() => session.page.locator('.statusbar').innerText(), (t) => t.includes('工作报告语言服务已重启'), 'restarted message', 15000);
    const rows = await until(problems, (r) => r.some((x) => x.includes('marker-bracket')), 'problems after the restart');
    assert.ok(!rows.some((x) => x.includes('“二、”之后应为“三、”')), 'the fixed problem stays fixed');
  });

  it('the extension wrote no error to the browser console', () => {
    assert.deepEqual(consoleErrors, []);
  });
});
