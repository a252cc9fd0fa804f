import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { HoverRequest, type Hover, type MarkupContent, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { withClient, type TestClient } from '../helpers/lspClient';
import { REPO_ROOT } from '../helpers/fixture';
import { tempFolder } from '../helpers/tempFolder';

/** The pair of the CLI tests and the README: five tasks in 2025, the sea (（三）建设海洋强市) not reported on in 2026. */
const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'compare');
const LAST = fs.readFileSync(path.join(FIXTURES, '某市2025年政府工作报告.md'), 'utf8');
const THIS = fs.readFileSync(path.join(FIXTURES, '某市2026年政府工作报告.md'), 'utf8');
const url = (p: string) => pathToFileURL(p).href;
const unanswered = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === 'unanswered-task');
const SEA = '上年部署的“（三）建设海洋强市”在回顾中未见对应内容';

const hoverText = async (c: TestClient, uri: string, line: number, character: number) => {
  const hover = (await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } })) as Hover | null;
  return hover ? (hover.contents as MarkupContent).value : undefined;
};

describe('language server: this year’s review against last year’s plan', function () {
  this.timeout(30000);
  let dir: string;
  beforeEach(() => { dir = tempFolder('wr-compare-'); });

  it('finds last year’s report beside this one: an information on the review heading per unanswered task, and a hover on each answer', async () => {
    fs.writeFileSync(path.join(dir, '2025.md'), LAST);
    // Not last year's: another year, and a note that is no report at all.
    const of2024 = `${LAST.replace(/2024年/g, '2023年').replace(/2025年/g, '2024年').trimEnd()}\n\n### （六）建设航天科技园\n\n引进卫星制造企业。\n`;
    fs.writeFileSync(path.join(dir, '2024.md'), of2024);
    fs.writeFileSync(path.join(dir, 'notes.txt'), '待办：订会议室。\n');
    const doc = url(path.join(dir, '2026.md'));
    await withClient({ workspaceFolders: [url(dir)] }, async (c) => {
      await c.open(doc, THIS, 'markdown');
      const found = unanswered(await c.waitForDiagnostics(doc, (p) => unanswered(p).length > 0));
      assert.deepEqual(found.map((d) => d.message), [SEA]);
      assert.equal(found[0].severity, 3, 'information: for the clerk to read, not an error');
      assert.equal(found[0].source, 'workreport');
      assert.deepEqual(found[0].range, { start: { line: 4, character: 3 }, end: { line: 4, character: 14 } }, 'on “一、2025年工作回顾”');
      assert.equal(await hoverText(c, doc, 8, 5), '回应上年任务：（一）实施“两新”政策，扩大有效投资');
      assert.equal(await hoverText(c, doc, 12, 5), '回应上年任务：（四）全面推进乡村振兴');
      assert.equal(await hoverText(c, doc, 16, 35), undefined, 'the shortcomings answer no task (海洋经济发展不充分……)');
    });
  });

  it('workreport.previousReport names the file (relative to the workspace folder); "off" compares nothing', async () => {
    fs.mkdirSync(path.join(dir, '上年'));
    fs.mkdirSync(path.join(dir, '本年'));
    fs.writeFileSync(path.join(dir, '上年', '报告.md'), LAST);
    const doc = url(path.join(dir, '本年', '报告.md'));
    await withClient({ workspaceFolders: [url(dir)], locale: 'en', settings: () => ({ previousReport: '上年/报告.md' }) }, async (c) => {
      await c.open(doc, THIS, 'markdown');
      const found = unanswered(await c.waitForDiagnostics(doc, (p) => unanswered(p).length > 0));
      assert.deepEqual(found.map((d) => d.message), ['Last year’s task “（三）建设海洋强市” has no counterpart in the review']);
    });
    fs.copyFileSync(path.join(dir, '上年', '报告.md'), path.join(dir, '本年', '2025.md'));
    await withClient({ workspaceFolders: [url(dir)], settings: () => ({ previousReport: 'off' }) }, async (c) => {
      await c.open(doc, THIS, 'markdown');
      const published = await c.waitForDiagnostics(doc);
      assert.deepEqual(unanswered(published), [], 'not even the report of 2025 beside it');
      assert.equal(await hoverText(c, doc, 8, 5), undefined);
    });
  });

  it('reads last year’s report again when it changed on disk, and checks the review as it is typed', async () => {
    const last = path.join(dir, '2025.md');
    fs.writeFileSync(last, LAST);
    const doc = url(path.join(dir, '2026.md'));
    await withClient({ workspaceFolders: [url(dir)] }, async (c) => {
      await c.open(doc, THIS, 'markdown');
      await c.waitForDiagnostics(doc, (p) => unanswered(p).length === 1);
      // The sea gets its paragraph: the information goes.
      const line = '五是海洋强市建设起步。远洋渔业产量增长一成，海上风电装机新增五十万千瓦，现代化港口群加快建设。';
      const version = await c.change(doc, [{ range: { start: { line: 15, character: 0 }, end: { line: 15, character: 0 } }, text: `${line}\n\n` }]);
      const after = await c.waitForDiagnostics(doc, (p) => p.version === version);
      assert.deepEqual(unanswered(after), []);
      assert.equal(await hoverText(c, doc, 15, 3), '回应上年任务：（三）建设海洋强市');
      // Last year's plan gains a task nobody reported on (a longer file: its size and time change).
      fs.writeFileSync(last, `${LAST.trimEnd()}\n\n### （六）建设航天科技园\n\n引进卫星制造企业。\n`);
      const v2 = await c.change(doc, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
      const changed = await c.waitForDiagnostics(doc, (p) => p.version === v2);
      assert.deepEqual(unanswered(changed).map((d) => d.message), ['上年部署的“（六）建设航天科技园”在回顾中未见对应内容']);
      // Typed above the review: the notice and the hovers move down with their lines.
      const v3 = await c.change(doc, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: '各位代表：\n\n' }]);
      const moved = unanswered(await c.waitForDiagnostics(doc, (p) => p.version === v3));
      assert.deepEqual(moved.map((d) => d.range.start.line), [6]);
      assert.equal(await hoverText(c, doc, 17, 3), '回应上年任务：（三）建设海洋强市');
    });
  });

  it('positions are UTF-16 and lines survive CRLF: 😀 before the hover, \\r\\n line breaks', async () => {
    fs.writeFileSync(path.join(dir, '2025.md'), LAST.replace(/\n/g, '\r\n'));
    const doc = url(path.join(dir, '2026.md'));
    const text = THIS.replace('一是“两新”', '一是😀𠮷“两新”').replace(/\n/g, '\r\n');
    await withClient({ workspaceFolders: [url(dir)] }, async (c) => {
      await c.open(doc, text, 'markdown');
      const found = unanswered(await c.waitForDiagnostics(doc, (p) => unanswered(p).length > 0));
      assert.deepEqual(found.map((d) => [d.range.start.line, d.message]), [[4, SEA]]);
      const hover = (await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri: doc }, position: { line: 8, character: 6 } })) as Hover;
      assert.equal((hover.contents as MarkupContent).value, '回应上年任务：（一）实施“两新”政策，扩大有效投资');
      const paragraph = text.split('\r\n')[8];
      assert.deepEqual(hover.range, { start: { line: 8, character: 0 }, end: { line: 8, character: paragraph.length } });
    });
  });

  it('a folder of many files and a FIFO beside the report: answered at once, the FIFO never opened for reading', async function () {
    if (process.platform === 'win32') this.skip();
    fs.writeFileSync(path.join(dir, '2025.md'), LAST);
    for (let i = 0; i < 2000; i++) fs.writeFileSync(path.join(dir, `x${String(i).padStart(4, '0')}.log`), '');
    const { execFileSync } = await import('child_process');
    execFileSync('mkfifo', [path.join(dir, 'a-pipe.md')]);
    const doc = url(path.join(dir, '2026.md'));
    await withClient({ workspaceFolders: [url(dir)] }, async (c) => {
      await c.open(doc, THIS, 'markdown');
      const published = await c.waitForDiagnostics(doc);
      assert.ok(Array.isArray(published.diagnostics), 'a check was published: nothing waited on the FIFO');
      assert.equal(await hoverText(c, doc, 0, 3) !== undefined, true, 'the server still answers');
    });
  });
});
