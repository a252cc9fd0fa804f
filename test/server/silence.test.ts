import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  CodeActionRequest, DocumentFormattingRequest, DocumentSymbolRequest, DidChangeConfigurationNotification, RegistrationRequest,
  type CodeAction, type Diagnostic, type DocumentSymbol, type Registration, type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient } from '../helpers/lspClient';
import { EXAMPLE, EXAMPLE_DRAFT } from '../helpers/fixture';
import { tempFolder } from '../helpers/tempFolder';
import { SHOW_RULE_DOC_COMMAND, SILENCE_RULE_COMMAND, type SilenceRuleArgs } from '../../server/src/clientCommands';
import { fixText } from '../../server/src/core/features/check';
import { resolveConfig } from '../../server/src/core/config/config';
import { silenceForFile } from '../../client/src/configFileEdit';

const draft = fs.readFileSync(EXAMPLE_DRAFT, 'utf8');
/** The draft as pasted from Word into a .txt: no markdown headings. */
const pastedDraft = draft.replace(/^#+ /gm, '');
const example = fs.readFileSync(EXAMPLE, 'utf8');
const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('x', 'x', 0, text), edits);

async function actionsAt(client: TestClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
}

async function firstOf(client: TestClient, uri: string, rule: string): Promise<Diagnostic> {
  const pushed = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === rule));
  return pushed.diagnostics.find((d) => d.code === rule)!;
}

describe('silencing a rule without markup: quick actions that edit .workreportrc.json or settings', function () {
  this.timeout(20000);
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = tempFolder('wr-silence-');
    client = await TestClient.start({ locale: 'zh-cn', workspaceFolders: [pathToFileURL(dir).href] });
  });
  after(() => client.stop());

  it('offers 关闭此规则（本文件 / 工作区） and 查看规则说明 in a .txt report, as commands that leave the report\'s text alone', async () => {
    const rc = path.join(dir, '.workreportrc.json');
    fs.writeFileSync(rc, '{ "rules": {} }\n');
    const uri = pathToFileURL(path.join(dir, '2024年工作报告.txt')).href;
    await client.open(uri, pastedDraft, 'plaintext');
    const diagnostic = await firstOf(client, uri, 'numbering-sequence');
    const actions = await actionsAt(client, uri, diagnostic);
    const byTitle = new Map(actions.map((a) => [a.title, a]));
    const forFile = byTitle.get('关闭此规则（本文件）：numbering-sequence');
    const forWorkspace = byTitle.get('关闭此规则（工作区）：numbering-sequence');
    const docs = byTitle.get('查看规则说明：numbering-sequence');
    assert.ok(forFile && forWorkspace && docs, actions.map((a) => a.title).join(' | '));
    const expected: SilenceRuleArgs = { uri, ruleId: 'numbering-sequence', scope: 'file', configFile: pathToFileURL(rc).href };
    assert.deepEqual(forFile.command, { title: forFile.title, command: SILENCE_RULE_COMMAND, arguments: [expected] });
    assert.deepEqual(forWorkspace.command?.arguments, [{ ...expected, scope: 'workspace' }]);
    assert.deepEqual(docs.command, { title: docs.title, command: SHOW_RULE_DOC_COMMAND, arguments: ['numbering-sequence'] });
    for (const action of [forFile, forWorkspace, docs]) assert.equal(action.edit, undefined, `${action.title} edits no text`);
    assert.deepEqual(forFile.diagnostics?.map((d) => d.code), ['numbering-sequence']);
    assert.ok(!actions.some((a) => a.title.startsWith('在下一行关闭规则')), 'no comment in plain text');
    await client.close(uri);
  });

  it('offers each rule once however many of its findings the range holds; Markdown keeps its comment action', async () => {
    const uri = 'file:///tmp/wr-silence/draft.md';
    await client.open(uri, draft, 'markdown');
    const pushed = await client.waitForDiagnostics(uri);
    const lines = pushed.diagnostics.map((d) => d.range.end.line);
    const range = { start: { line: 0, character: 0 }, end: { line: Math.max(...lines) + 1, character: 0 } };
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: pushed.diagnostics } })) as CodeAction[];
    const rules = new Set(pushed.diagnostics.map((d) => String(d.code)));
    const fileTitles = actions.filter((a) => a.command?.command === SILENCE_RULE_COMMAND && (a.command.arguments![0] as SilenceRuleArgs).scope === 'file');
    assert.deepEqual(fileTitles.map((a) => (a.command!.arguments![0] as SilenceRuleArgs).ruleId).sort(), [...rules].sort());
    assert.ok(actions.some((a) => a.title === '在下一行关闭规则 numbering-sequence'));
    assert.equal((fileTitles[0].command!.arguments![0] as SilenceRuleArgs).configFile, undefined, 'no .workreportrc.json: the client makes one');
    await client.close(uri);
  });

  it('an untitled report can be silenced for the workspace only: a file section needs a path', async () => {
    const uri = 'untitled:Untitled-1';
    await client.open(uri, draft, 'workreport');
    const actions = await actionsAt(client, uri, await firstOf(client, uri, 'numbering-sequence'));
    assert.ok(actions.some((a) => a.title === '关闭此规则（工作区）：numbering-sequence'));
    assert.ok(!actions.some((a) => a.title.includes('本文件')));
    await client.close(uri);
  });

  it('the section the client writes turns the rule off in that report only, once the server hears of the change', async () => {
    const folder = path.join(dir, 'section');
    fs.mkdirSync(path.join(folder, '2024年'), { recursive: true });
    const rc = path.join(folder, '.workreportrc.json');
    const original = '{\n  // 本处的报告按政府工作报告检查\n  "profile": "auto"\n}\n';
    fs.writeFileSync(rc, original);
    const silenced = pathToFileURL(path.join(folder, '2024年', '工作报告（初稿）.txt')).href;
    const other = pathToFileURL(path.join(folder, '2024年', '另一份.txt')).href;
    await client.open(silenced, pastedDraft, 'plaintext');
    await client.open(other, pastedDraft, 'plaintext');
    await firstOf(client, silenced, 'broken-paragraph');
    await firstOf(client, other, 'broken-paragraph');
    const edited = silenceForFile(original, '2024年/工作报告（初稿）.txt', 'broken-paragraph');
    assert.ok('text' in edited);
    assert.ok(edited.text.includes('// 本处的报告按政府工作报告检查'), 'the comment stays');
    fs.writeFileSync(rc, edited.text);
    const pushedBefore = client.diagnostics.get(other)!.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(rc).href, type: 2 }] });
    const after = await client.waitForDiagnostics(silenced, (p) => !p.diagnostics.some((d) => d.code === 'broken-paragraph'));
    assert.ok(after.diagnostics.some((d) => d.code === 'numbering-sequence'), 'the other rules still speak');
    const stillThere = await client.waitForDiagnostics(other, () => client.diagnostics.get(other)!.length > pushedBefore);
    assert.ok(stillThere.diagnostics.some((d) => d.code === 'broken-paragraph'), 'another report keeps the rule');
    const rcDiagnostics = client.diagnostics.get(pathToFileURL(rc).href) ?? [];
    assert.deepEqual(rcDiagnostics.at(-1)?.diagnostics ?? [], [], 'the edited file is valid');
  });
});

describe('Format Document and 工作报告：修复全部问题: the fix-all edit, nothing more', function () {
  this.timeout(20000);
  let client: TestClient;
  before(async () => { client = await TestClient.start({ locale: 'zh-cn' }); });
  after(() => client.stop());

  const format = (uri: string) => client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });

  it('formats a report to exactly its fix-all text, and formatting twice changes nothing more', async () => {
    const uri = 'file:///tmp/wr-format/初稿.md';
    const text = draft.replace('（二）、深化', '（二）、😀𠮷深化').replace(/\n/g, '\r\n');
    await client.open(uri, text, 'workreport');
    const edits = (await format(uri))!;
    assert.equal(edits.length, 1);
    const formatted = apply(text, edits);
    assert.equal(formatted, fixText(text, resolveConfig()).text);
    assert.ok(formatted.includes('（二）😀𠮷深化') && formatted.includes('\r\n') && !/[^\r]\n/.test(formatted), 'the emoji kept, CRLF kept');
    // The same edit as the fix-all code action (fix-all on save and the command apply that).
    const [fixAll] = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: whole, context: { diagnostics: [], only: ['source.fixAll.workreport'] } })) as CodeAction[];
    assert.deepEqual(fixAll.edit?.changes?.[uri], edits);
    const uri2 = 'file:///tmp/wr-format/formatted.md';
    await client.open(uri2, formatted, 'workreport');
    assert.deepEqual(await format(uri2), []);
  });

  it('leaves a clean report, and Markdown that is no report, alone', async () => {
    await client.open('file:///tmp/wr-format/example.md', example, 'workreport');
    assert.deepEqual(await format('file:///tmp/wr-format/example.md'), []);
    await client.open('file:///tmp/wr-format/notes.md', '# Notes\n\n1、a\n3、b\n', 'markdown');
    assert.equal(await format('file:///tmp/wr-format/notes.md'), null);
  });

  it('is announced for every served language to a client that cannot register it for some', () => {
    assert.equal(client.initializeResult.capabilities.documentFormattingProvider, true);
  });

  it('is registered for reports and plain text only where the client can, so Markdown keeps its own formatter', async () => {
    const c = await TestClient.start({ textDocument: { formatting: { dynamicRegistration: true } } });
    const registrations = new Promise<Registration[]>((resolve) => c.connection.onRequest(RegistrationRequest.type, (params) => {
      resolve(params.registrations);
    }));
    assert.ok(!c.initializeResult.capabilities.documentFormattingProvider);
    const [registration] = await registrations;
    assert.equal(registration.method, 'textDocument/formatting');
    assert.deepEqual(registration.registerOptions, { documentSelector: [{ language: 'workreport' }, { language: 'plaintext' }] });
    await c.stop();
  });
});

describe('workreport.enable = false: no checks, the outline stays', function () {
  this.timeout(20000);

  it('publishes no problems and offers no action or formatting; turned on again, the problems come back', async () => {
    let enable = false;
    const c = await TestClient.start({ settings: () => ({ enable }) });
    const uri = 'file:///tmp/wr-enable/初稿.md';
    await c.open(uri, draft, 'workreport');
    assert.deepEqual((await c.waitForDiagnostics(uri)).diagnostics, []);
    const range = { start: { line: 30, character: 4 }, end: { line: 30, character: 6 } };
    assert.equal(await c.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [] } }), null);
    assert.equal(await c.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } }), null, 'no fix-all on save');
    assert.equal(await c.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } }), null);
    const symbols = (await c.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.ok(symbols.length > 0 && symbols[0].children!.length > 0, 'the outline stays');
    enable = true;
    await c.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    const back = await c.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.ok(back.diagnostics.some((d) => d.code === 'numbering-sequence'));
    await c.stop();
  });
});
