import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  DocumentSymbolRequest, FoldingRangeRequest, CompletionRequest, CodeActionRequest, ExecuteCommandRequest, HoverRequest,
  CodeLensRequest, DocumentDiagnosticRequest, SelectionRangeRequest, WorkspaceSymbolRequest,
  DidChangeConfigurationNotification, SymbolKind, type DocumentSymbol, type CompletionItem, type CodeAction, type TextEdit, type Hover,
  type MarkupContent, type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient } from '../helpers/lspClient';
import { EXAMPLE, EXAMPLE_DRAFT, seedText, HAVE_SHARED, lines } from '../helpers/fixture';
import { tempFolder } from '../helpers/tempFolder';
import { StatsRequest, DraftNextYearRequest, RENUMBER_COMMAND } from '../../server/src/protocol';
import { fixText } from '../../server/src/core/features/check';
import { resolveConfig } from '../../server/src/core/config/config';

const example = fs.readFileSync(EXAMPLE, 'utf8');
const draft = fs.readFileSync(EXAMPLE_DRAFT, 'utf8');

function countSymbols(symbols: DocumentSymbol[], depth: number): number {
  return depth === 0 ? symbols.length : symbols.reduce((n, s) => n + countSymbols(s.children ?? [], depth - 1), 0);
}

function applyTextEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'x', 0, text), edits);
}

describe('language server over stdio', function () {
  this.timeout(20000);
  let client: TestClient;
  before(async () => { client = await TestClient.start({ locale: 'zh-cn' }); });
  /** The code actions offered for a document's first diagnostic of a rule, with that diagnostic. */
  const actionsFor = async (uri: string, rule: string) => {
    const d = await client.waitForDiagnostics(uri);
    const diagnostic = d.diagnostics.find((x) => x.code === rule)!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
    return { diagnostic, actions };
  };
  after(async () => {
    await client.stop();
    assert.deepEqual(client.protocolErrors, [], 'stdout carried only protocol messages');
  });

  it('initializes with the features it serves', () => {
    const caps = client.initializeResult.capabilities;
    assert.ok(caps.documentSymbolProvider && caps.foldingRangeProvider && caps.selectionRangeProvider && caps.hoverProvider && caps.codeLensProvider);
    assert.deepEqual(caps.completionProvider?.triggerCharacters?.slice(0, 2), ['（', '(']);
    assert.ok((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds.includes('source.fixAll.workreport'));
    assert.deepEqual(caps.executeCommandProvider?.commands, [RENUMBER_COMMAND]);
    assert.equal(caps.diagnosticProvider, undefined, 'push mode for a client that does not pull');
  });

  it('pushes Chinese diagnostics for the draft after open, with rule ids and doc links', async () => {
    const uri = 'file:///tmp/ws/draft.md';
    await client.open(uri, draft, 'markdown');
    const d = await client.waitForDiagnostics(uri);
    const codes = d.diagnostics.map((x) => x.code);
    for (const id of ['date-format', 'year-mismatch', 'broken-paragraph', 'marker-punctuation', 'marker-bracket', 'numbering-sequence', 'doubled-punctuation']) assert.ok(codes.includes(id), id);
    const seq = d.diagnostics.find((x) => x.code === 'numbering-sequence')!;
    assert.equal(seq.message, '“二、”之后应为“三、”，此处为“四、”');
    assert.equal(seq.source, 'workreport');
    assert.ok(seq.codeDescription?.href.endsWith('rules.md#numbering-sequence'));
    assert.equal(seq.severity, 1);
  });

  it('serves the example as a clean report and ignores markdown that is no report', async () => {
    await client.open('file:///tmp/ws/example.md', example, 'markdown');
    assert.deepEqual((await client.waitForDiagnostics('file:///tmp/ws/example.md')).diagnostics, []);
    await client.open('file:///tmp/ws/notes.md', '# Meeting notes\n\n1. buy milk\n3. call Bob\n', 'markdown');
    assert.equal(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///tmp/ws/notes.md' } }), null);
  });

  it('gives the seed’s outline: 2 reports, 4 parts, 17 sections and the shortcomings paragraph, 23 items, with 字数 as detail', async function () {
    if (!HAVE_SHARED) this.skip();
    const seed = seedText()!;
    for (const [uri, text, lang] of [['file:///tmp/ws/seed.md', seed, 'markdown'], ['file:///tmp/ws/seed.txt', seed.replace(/^#+ /gm, ''), 'plaintext']]) {
      await client.open(uri, text, lang);
      const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
      assert.deepEqual([0, 1, 2, 3].map((d) => countSymbols(symbols, d)), [2, 4, 18, 23], uri);
      assert.equal(symbols[0].name, '上海市徐汇区人民代表大会常务委员会工作报告');
      assert.match(symbols[0].detail!, /^\d+字$/);
      assert.equal(symbols[0].children![0].children![2].children![1].name, '(二)多角度切入,提供专业智慧');
      const review = symbols[0].children![0];
      assert.match(review.detail!, /^工作回顾 · \d+字$/, 'the role’s name, in the client’s language');
      const shortcomings = review.children![review.children!.length - 1];
      assert.deepEqual([shortcomings.name, shortcomings.kind, shortcomings.detail!.split(' · ')[0]], ['回顾过去的一年,我们的工作还存在差距,主要是', SymbolKind.String, '差距与不足']);
    }
  });

  it('folds every node that spans lines', async () => {
    const ranges = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: 'file:///tmp/ws/example.md' } });
    // The report, its 2 parts and 7 sections span lines; its 14 items are one line each.
    assert.equal(ranges?.length, 10);
    assert.ok(ranges!.every((r) => r.endLine > r.startLine));
    assert.equal(ranges![0].startLine, 0);
  });

  it('re-checks after incremental edits: a gap appears, then goes', async () => {
    const uri = 'file:///tmp/ws/example.md';
    const lineNo = example.split('\n').findIndex((l) => l.startsWith('### 二、'));
    const range = { start: { line: lineNo, character: 4 }, end: { line: lineNo, character: 5 } };
    const v2 = await client.change(uri, [{ range, text: '三' }]);
    const broken = await client.waitForDiagnostics(uri, (p) => p.version === v2);
    assert.deepEqual(broken.diagnostics.map((d) => d.code), ['numbering-sequence', 'numbering-sequence'].slice(0, broken.diagnostics.length));
    assert.ok(broken.diagnostics.length >= 1);
    const v3 = await client.change(uri, [{ range, text: '二' }]);
    assert.deepEqual((await client.waitForDiagnostics(uri, (p) => p.version === v3)).diagnostics, []);
  });

  it('counts columns in UTF-16 code units (𠮷 is two) and reads CRLF documents', async () => {
    const uri = 'file:///tmp/ws/utf16.md';
    const text = lines('# 示例区人大常委会工作报告', '——2023年1月10日在示例区第十届人民代表大会第三次会议上', '## 2022年工作回顾', '一、甲', '正文。', '\u3000𠮷𠮷三、乙', '正文。', '## 2023年工作设想', '一、丙', '正文。', '二、丁', '正文。').replace(/\n/g, '\r\n');
    await client.open(uri, text);
    const d = await client.waitForDiagnostics(uri);
    const seq = d.diagnostics.find((x) => x.code === 'numbering-sequence');
    assert.equal(seq, undefined, '𠮷 before a marker makes the line prose, not a section');
    const text2 = text.replace('\u3000𠮷𠮷三、乙', '\u3000三、乙𠮷𠮷');
    await client.close(uri);
    await client.open(uri + '2', text2);
    const d2 = await client.waitForDiagnostics(uri + '2');
    const s2 = d2.diagnostics.find((x) => x.code === 'numbering-sequence')!;
    assert.deepEqual(s2.range, { start: { line: 5, character: 1 }, end: { line: 5, character: 3 } });
    const lone = lines('# 示例区人大常委会工作报告', '——2023年1月10日在示例区第十届人民代表大会第三次会议上', '## 2022年工作回顾', '一、甲𠮷𠮷𠮷', '常委会认真听取意见𠮷，不断完善预算').replace(/\n/g, '\r\n') + '\r\n\r\n审查监督体系。\r\n## 2023年工作设想\r\n一、乙\r\n正文。\r\n二、丙\r\n正文。';
    await client.open(uri + '3', lone);
    const b = (await client.waitForDiagnostics(uri + '3')).diagnostics.find((x) => x.code === 'broken-paragraph')!;
    assert.equal(b.range.end.line, 4);
    assert.equal(b.range.end.character, '常委会认真听取意见𠮷，不断完善预算'.length, 'UTF-16 length of the line');
  });

  it('offers the next marker at the start of a line, in the document’s form', async () => {
    const uri = 'file:///tmp/ws/example.md';
    const lineNo = example.split('\n').findIndex((l) => l.startsWith('（三）持续关注民生实事'));
    const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: lineNo + 1, character: 0 } })) as CompletionItem[];
    const labels = items.map((i) => i.label);
    assert.deepEqual(labels.slice(0, 3), ['（四）', '1.', '三、']);
    const typed = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: lineNo, character: 1 } })) as CompletionItem[];
    assert.ok(typed.length > 0, 'after typing （');
    const mid = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: lineNo, character: 6 } })) as CompletionItem[];
    assert.deepEqual(mid, [], 'nothing mid-line');
  });

  it('quick-fixes a diagnostic and fixes all for source.fixAll.workreport', async () => {
    const uri = 'file:///tmp/ws/draft.md';
    const { diagnostic: seq, actions } = await actionsFor(uri, 'numbering-sequence');
    const renumber = actions.find((a) => a.title === '重新编号本级序号')!;
    assert.ok(renumber.isPreferred);
    const fixed = applyTextEdits(draft, renumber.edit!.changes![uri]);
    assert.ok(fixed.includes('### 三、践行全过程人民民主') && fixed.includes('### 四、加强自身建设'));
    const all = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: seq.range, context: { diagnostics: [], only: ['source.fixAll.workreport'] } })) as CodeAction[];
    assert.equal(all.length, 1);
    const fixedAll = applyTextEdits(draft, all[0].edit!.changes![uri]);
    assert.ok(!fixedAll.includes('（二）、') && !fixedAll.includes('(三）') && fixedAll.includes('2024年主要工作回顾'));
  });

  it('fix-all on a CRLF document with 𠮷 and 😀 before the fixes: one edit that yields exactly the fixed text', async () => {
    const uri = 'file:///tmp/ws/crlf-fixall.md';
    const text = draft.replace('（二）、深化', '😀𠮷（二）、深化').replace('(三）持续', '𠮷(三）持续').replace(/\n/g, '\r\n');
    await client.open(uri, text, 'markdown');
    await client.waitForDiagnostics(uri);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const [fixAll] = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
    const edits = fixAll.edit!.changes![uri];
    assert.equal(edits.length, 1);
    assert.equal(applyTextEdits(text, edits), fixText(text, resolveConfig()).text);
    assert.ok(edits[0].range.start.line > 0, 'the unchanged head of the document is left alone');
    await client.close(uri);
  });

  it('in Markdown, offers to silence a rule for the next line with an inline comment that works', async () => {
    const uri = 'file:///tmp/ws/draft.md';
    const { actions } = await actionsFor(uri, 'numbering-sequence');
    const silence = actions.find((a) => a.title === '在下一行关闭规则 numbering-sequence')!;
    const silenced = applyTextEdits(draft, silence.edit!.changes![uri]);
    assert.ok(silenced.includes('<!-- workreport-disable-next-line numbering-sequence -->\n### 四、践行全过程人民民主'));
    const uri2 = 'file:///tmp/ws/silenced.md';
    await client.open(uri2, silenced, 'markdown');
    const after = await client.waitForDiagnostics(uri2);
    // 一、二、四、四: the first 四 is the one out of count (the second counts on from 三), so silencing it leaves none.
    assert.deepEqual(after.diagnostics.filter((x) => x.code === 'numbering-sequence').map((x) => x.range.start.line + 1), [], 'the silenced line was the only one out of count');
    const txt = 'file:///tmp/ws/draft.report.txt';
    await client.open(txt, draft, 'workreport');
    const t = await client.waitForDiagnostics(txt);
    const txtActions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: txt }, range: t.diagnostics[0].range, context: { diagnostics: [t.diagnostics[0]] } })) as CodeAction[];
    assert.ok(!txtActions.some((a) => a.title.startsWith('在下一行关闭规则')), 'not in plain text');
  });

  it('offers 后续编号顺延 on a section inserted in the middle', async () => {
    const uri = 'file:///tmp/ws/insert.md';
    const text = example.replace('### 三、践行全过程人民民主', '### 三、新增一节\n\n新增正文。\n\n### 三、践行全过程人民民主');
    await client.open(uri, text, 'markdown');
    const lineNo = text.split('\n').findIndex((l) => l.startsWith('### 三、新增一节'));
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: lineNo, character: 5 }, end: { line: lineNo, character: 5 } }, context: { diagnostics: [] } })) as CodeAction[];
    const follow = actions.find((a) => a.title === '后续编号顺延')!;
    const fixed = applyTextEdits(text, follow.edit!.changes![uri]);
    assert.ok(fixed.includes('### 四、践行全过程人民民主') && fixed.includes('### 五、加强自身建设'));
  });

  it('renumbers the whole document through workspace/executeCommand and workspace/applyEdit', async () => {
    const uri = 'file:///tmp/ws/draft.md';
    const result = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: RENUMBER_COMMAND, arguments: [uri] });
    assert.deepEqual(result, { applied: true, count: 1 });
    const edit = client.appliedEdits[client.appliedEdits.length - 1];
    const fixed = applyTextEdits(draft, edit.changes![uri]);
    assert.ok(fixed.includes('### 三、践行全过程人民民主') && fixed.includes('### 四、加强自身建设'));
    const plan = { start: { line: 48, character: 0 }, end: { line: 62, character: 0 } };
    assert.deepEqual(await client.connection.sendRequest(ExecuteCommandRequest.type, { command: RENUMBER_COMMAND, arguments: [uri, plan] }), { applied: true, count: 0 }, 'a selection of the plan, in order');
    const broken = { start: { line: 20, character: 0 }, end: { line: 40, character: 0 } };
    assert.deepEqual(await client.connection.sendRequest(ExecuteCommandRequest.type, { command: RENUMBER_COMMAND, arguments: [uri, broken] }), { applied: true, count: 1 }, 'a selection over 四、 after 二、');
    assert.deepEqual(await client.connection.sendRequest(ExecuteCommandRequest.type, { command: RENUMBER_COMMAND, arguments: [uri, { start: 'x' }] }), { applied: false, count: 0 }, 'a broken range renumbers nothing');
  });

  it('hovers a heading with its path and 字数, and shows 字数 code lenses', async () => {
    const uri = 'file:///tmp/ws/example.md';
    const lineNo = example.split('\n').findIndex((l) => l.startsWith('（二）深化预算审查监督'));
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: lineNo, character: 4 } })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    assert.ok(value.startsWith('示例区人民代表大会常务委员会工作报告 › 2024年主要工作回顾 › 二、聚焦发展大局，增强监督工作实效 › （二）深化预算审查监督'), value);
    assert.match(value, /字数：\d+/);
    const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    assert.equal(lenses!.length, 2 + 4 + 3);
    assert.ok(lenses!.every((l) => /^\d+字$/.test(l.command!.title)));
  });

  it('answers the shared custom requests: 字数 stats and next year’s draft', async () => {
    const stats = await client.connection.sendRequest(StatsRequest, { uri: 'file:///tmp/ws/example.md' });
    assert.ok(stats && stats.words > 1000);
    assert.equal(stats!.reports[0].parts, 2);
    const next = await client.connection.sendRequest(DraftNextYearRequest, { uri: 'file:///tmp/ws/example.md' });
    assert.ok(next && next.text.includes('2025年主要工作回顾') && next.text.includes('2026年工作设想'));
  });

  it('selection ranges grow from sentence to paragraph to section to report; workspace symbols search open reports', async () => {
    const uri = 'file:///tmp/ws/example.md';
    const lineNo = example.split('\n').findIndex((l) => l.startsWith('（二）深化预算审查监督'));
    const [sel] = (await client.connection.sendRequest(SelectionRangeRequest.type, { textDocument: { uri }, positions: [{ line: lineNo, character: 12 }] }))!;
    let depth = 0;
    for (let s: typeof sel | undefined = sel; s; s = s.parent) depth++;
    assert.ok(depth >= 5, `depth ${depth}`);
    const symbols = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '预算' });
    assert.ok(Array.isArray(symbols) && symbols.some((s) => s.name.includes('深化预算审查监督')));
  });

  it('survives requests for unknown documents and malformed params', async () => {
    assert.equal(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///nope.md' } }), null);
    await client.connection.sendRequest('textDocument/documentSymbol', {}).catch(() => undefined);
    await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: 'file:///tmp/ws/example.md' }, position: { line: -5, character: 9999 } }).catch(() => undefined);
    await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: 'file:///tmp/ws/example.md' } }).catch(() => undefined);
    await client.connection.sendRequest('workspace/executeCommand', { command: RENUMBER_COMMAND, arguments: [42] }).catch(() => undefined);
    await client.connection.sendRequest('workreport/stats', null).catch(() => undefined);
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///tmp/ws/example.md' } });
    assert.ok(Array.isArray(symbols) && symbols.length === 1, 'still serving');
    assert.equal(client.proc.exitCode, null);
  });

  it('after 1000 rapid edits publishes diagnostics for the final version only, and correct', async () => {
    const uri = 'file:///tmp/ws/rapid.md';
    await client.open(uri, example, 'markdown');
    await client.waitForDiagnostics(uri);
    const before = client.diagnostics.get(uri)!.length;
    let last = 0;
    for (let i = 0; i < 1000; i++) last = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: i % 2 ? '' : '' }]);
    const lineNo = example.split('\n').findIndex((l) => l.startsWith('### 四、'));
    last = await client.change(uri, [{ range: { start: { line: lineNo, character: 4 }, end: { line: lineNo, character: 5 } }, text: '五' }]);
    const final = await client.waitForDiagnostics(uri, (p) => p.version === last);
    assert.deepEqual(final.diagnostics.map((d) => d.code), ['numbering-sequence']);
    const pushes = client.diagnostics.get(uri)!.slice(before);
    assert.ok(pushes.length <= 3, `debounced: ${pushes.length} pushes`);
    assert.ok(pushes.every((p) => p.version === last), 'no push for a stale version');
  });

  it('clears a document’s diagnostics when it is closed', async () => {
    const uri = 'file:///tmp/ws/draft.md';
    await client.close(uri);
    const cleared = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
    assert.deepEqual(cleared.diagnostics, []);
  });
});

describe('language server: configuration and locale', function () {
  this.timeout(20000);

  it('speaks English to an English client, and Chinese when workreport.locale says zh-cn', async () => {
    const en = await TestClient.start({ locale: 'en' });
    await en.open('file:///tmp/ws/d.md', draft);
    const d = await en.waitForDiagnostics('file:///tmp/ws/d.md');
    assert.equal(d.diagnostics.find((x) => x.code === 'numbering-sequence')!.message, 'After “二、” expected “三、”, found “四、”');
    await en.stop();
    const zh = await TestClient.start({ locale: 'en', settings: () => ({ locale: 'zh-cn' }) });
    await zh.open('file:///tmp/ws/d.md', draft);
    const z = await zh.waitForDiagnostics('file:///tmp/ws/d.md');
    assert.equal(z.diagnostics.find((x) => x.code === 'numbering-sequence')!.message, '“二、”之后应为“三、”，此处为“四、”');
    await zh.stop();
  });

  it('per-rule levels from settings; `off` removes a rule; re-checks on configuration change', async () => {
    let rules: Record<string, string> = { 'numbering-sequence': 'off', 'date-format': 'error' };
    const c = await TestClient.start({ settings: () => ({ rules }) });
    await c.open('file:///tmp/ws/d.md', draft);
    const d = await c.waitForDiagnostics('file:///tmp/ws/d.md');
    assert.ok(!d.diagnostics.some((x) => x.code === 'numbering-sequence'));
    assert.equal(d.diagnostics.find((x) => x.code === 'date-format')!.severity, 1);
    rules = {};
    const before = c.diagnostics.get('file:///tmp/ws/d.md')!.length;
    await c.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    const after = await c.waitForDiagnostics('file:///tmp/ws/d.md', (p) => p.diagnostics.some((x) => x.code === 'numbering-sequence'));
    assert.ok(c.diagnostics.get('file:///tmp/ws/d.md')!.length > before && after);
    await c.stop();
  });

  it('.workreportrc.json found upward wins over settings; a broken one is reported on that file and defaults apply', async () => {
    const dir = tempFolder('wr-lsp-');
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, '.workreportrc.json'), '{\n  // 本处不检查日期\n  "rules": { "date-format": "off" },\n}\n');
    const docUri = pathToFileURL(path.join(dir, 'sub', 'draft.md')).href;
    const c = await TestClient.start({ settings: () => ({ rules: { 'date-format': 'error' } }), workspaceFolders: [pathToFileURL(dir).href] });
    await c.open(docUri, draft, 'markdown');
    const d = await c.waitForDiagnostics(docUri);
    assert.ok(!d.diagnostics.some((x) => x.code === 'date-format'), 'the file wins');
    await c.stop();

    fs.writeFileSync(path.join(dir, '.workreportrc.json'), '{ "rules": { "date-format": "loud" }, "profile": ');
    const c2 = await TestClient.start({ workspaceFolders: [pathToFileURL(dir).href] });
    await c2.open(docUri, draft, 'markdown');
    const rcUri = pathToFileURL(path.join(dir, '.workreportrc.json')).href;
    const rc = await c2.waitForDiagnostics(rcUri);
    assert.ok(rc.diagnostics.length >= 1 && String(rc.diagnostics[0].message).includes('配置文件语法错误'));
    const d2 = await c2.waitForDiagnostics(docUri);
    assert.ok(d2.diagnostics.some((x) => x.code === 'date-format'), 'defaults apply');
    await c2.stop();
  });

  it('workreport.run = onSave: checked on open and on save, not while typing', async () => {
    const c = await TestClient.start({ settings: () => ({ run: 'onSave' }) });
    const uri = 'file:///tmp/ws/s.md';
    await c.open(uri, example);
    assert.deepEqual((await c.waitForDiagnostics(uri)).diagnostics, [], 'checked on open');
    const before = c.diagnostics.get(uri)!.length;
    const lineNo = example.split('\n').findIndex((l) => l.startsWith('### 二、'));
    await c.change(uri, [{ range: { start: { line: lineNo, character: 4 }, end: { line: lineNo, character: 5 } }, text: '三' }]);
    await new Promise((r) => setTimeout(r, 600));
    assert.equal(c.diagnostics.get(uri)!.length, before, 'no push while typing');
    await c.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const after = await c.waitForDiagnostics(uri, (p) => p.diagnostics.some((x) => x.code === 'numbering-sequence'));
    assert.ok(after.diagnostics.length > 0, 'checked on save');
    await c.stop();
  });

  it('re-checks open reports when .workreportrc.json changes on disk', async () => {
    const dir = tempFolder('wr-watch-');
    const rc = path.join(dir, '.workreportrc.json');
    fs.writeFileSync(rc, '{ "rules": { "numbering-sequence": "off" } }');
    const uri = pathToFileURL(path.join(dir, 'draft.md')).href;
    const c = await TestClient.start({});
    await c.open(uri, draft, 'markdown');
    assert.ok(!(await c.waitForDiagnostics(uri)).diagnostics.some((x) => x.code === 'numbering-sequence'));
    fs.writeFileSync(rc, '{ "rules": {} }');
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(rc).href, type: 2 }] });
    await c.waitForDiagnostics(uri, (p) => p.diagnostics.some((x) => x.code === 'numbering-sequence'));
    await c.stop();
  });

  it('workreport.detect = false leaves Markdown alone; the workreport language is always served', async () => {
    const c = await TestClient.start({ settings: () => ({ detect: false }) });
    await c.open('file:///tmp/ws/plain.md', draft, 'markdown');
    await c.open('file:///tmp/ws/lang.md', draft, 'workreport');
    assert.equal(await c.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///tmp/ws/plain.md' } }), null);
    assert.deepEqual((await c.waitForDiagnostics('file:///tmp/ws/plain.md')).diagnostics, []);
    assert.ok((await c.waitForDiagnostics('file:///tmp/ws/lang.md')).diagnostics.length > 0);
    await c.stop();
  });

  it('answers pulled diagnostics (textDocument/diagnostic) for a client that pulls', async () => {
    const c = await TestClient.start({ pull: true });
    assert.ok(c.initializeResult.capabilities.diagnosticProvider);
    await c.open('file:///tmp/ws/d.md', draft);
    const report = (await c.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: 'file:///tmp/ws/d.md' } })) as FullDocumentDiagnosticReport;
    assert.equal(report.kind, 'full');
    assert.ok(report.items.some((x) => x.code === 'numbering-sequence'));
    await c.stop();
  });

  it('exits when told to exit without a shutdown', async () => {
    const c = await TestClient.start({});
    const exited = new Promise<number | null>((resolve) => c.proc.on('exit', (code) => resolve(code)));
    await c.connection.sendNotification('exit');
    assert.notEqual(await exited, undefined);
  });
});

describe('language server: abuse', function () {
  this.timeout(60000);

  it('answers for a 20 MB document; beyond workreport.maxDocumentSize one information diagnostic says why', async () => {
    const c = await TestClient.start({});
    const big = example.repeat(Math.ceil(20e6 / Buffer.byteLength(example)));
    const uri = 'file:///tmp/ws/big.md';
    await c.open(uri, big, 'markdown');
    const symbols = (await c.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.ok(symbols.length > 100, 'the outline still works');
    const d = await c.waitForDiagnostics(uri, () => true, 30000);
    assert.equal(d.diagnostics.length, 1);
    assert.equal(d.diagnostics[0].code, 'document-too-large');
    assert.equal(d.diagnostics[0].severity, 3);
    assert.match(String(d.diagnostics[0].message), /workreport\.maxDocumentSize/);
    await c.stop();
  });

  it('a cancelled request is answered as cancelled, and the server goes on', async () => {
    const c = await TestClient.start({});
    const uri = 'file:///tmp/ws/c.md';
    await c.open(uri, example.repeat(200), 'markdown');
    const source = new (await import('vscode-languageserver-protocol/node')).CancellationTokenSource();
    const pending = c.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }, source.token);
    source.cancel();
    const outcome = await pending.then(() => 'answered', (e: { code?: number }) => e.code);
    assert.ok(outcome === 'answered' || outcome === -32800, String(outcome));
    const again = await c.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.ok(Array.isArray(again) && again.length === 200);
    await c.stop();
  });

  it('binary and garbage documents give an empty or partial outline, never an error', async () => {
    const c = await TestClient.start({});
    const garbage = String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 0xd7ff));
    for (const [k, text] of ['\u0000\u0001\u0002\u0003工作报告\u0000', garbage, '\uD800'.repeat(100) + '（一）'].entries()) {
      const uri = `file:///tmp/ws/garbage${k}.report.md`;
      await c.open(uri, text);
      const symbols = await c.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
      assert.ok(symbols === null || Array.isArray(symbols));
      await c.waitForDiagnostics(uri);
    }
    assert.equal(c.proc.exitCode, null);
    await c.stop();
  });
});
