import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'jsonc-parser';
import { overridingEntries, setOff, silenceForFile, formattingOf } from '../../client/src/configFileEdit';
import { ruleHeadings } from '../../client/src/ruleHeadings';
import { parseConfigFile } from '../../server/src/core/config/config';
import { RULE_IDS } from '../../server/src/core/rules/index';
import { SHOW_RULE_DOC_COMMAND, SILENCE_RULE_COMMAND } from '../../server/src/clientCommands';
import { REPO_ROOT } from '../helpers/fixture';

const text = (result: ReturnType<typeof setOff>) => {
  assert.ok('text' in result, JSON.stringify(result));
  return result.text;
};

describe('关闭此规则（本文件）: the edit of .workreportrc.json', () => {
  it('adds the report\'s section and keeps the author\'s comments, order and other settings', () => {
    const before = '// 办公室的约定\n{\n  "profile": "npc", // 人大常委会\n  "rules": { "level-skip": "off" }\n}\n';
    const after = text(silenceForFile(before, '2024年/报告.txt', 'broken-paragraph'));
    assert.ok(after.startsWith('// 办公室的约定\n{\n  "profile": "npc", // 人大常委会\n'), after);
    const parsed = parseConfigFile(after, RULE_IDS);
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.config.profile, 'npc');
    assert.deepEqual({ ...parsed.config.rules }, { 'level-skip': 'off' });
    assert.deepEqual({ ...parsed.config.files!['2024年/报告.txt'].rules }, { 'broken-paragraph': 'off' });
  });

  it('a second rule joins the same section; silencing twice changes nothing the second time', () => {
    const once = text(silenceForFile('{}', 'a.txt', 'broken-paragraph'));
    const twice = text(silenceForFile(once, 'a.txt', 'date-format'));
    assert.deepEqual(parse(twice), { files: { 'a.txt': { rules: { 'broken-paragraph': 'off', 'date-format': 'off' } } } });
    assert.equal(text(silenceForFile(twice, 'a.txt', 'date-format')), twice);
  });

  it('writes with the file\'s own line breaks and indentation; an empty file becomes an object', () => {
    const crlf = text(silenceForFile('{\r\n\t"profile": "npc"\r\n}\r\n', 'a.txt', 'level-skip'));
    assert.ok(!/[^\r]\n/.test(crlf) && crlf.includes('\r\n\t"files": {\r\n\t\t"a.txt"'), JSON.stringify(crlf));
    assert.deepEqual(formattingOf('{\n    "a": 1\n}'), { insertSpaces: true, tabSize: 4, eol: '\n' });
    assert.deepEqual(parse(text(silenceForFile('  \n', 'a.txt', 'level-skip'))), { files: { 'a.txt': { rules: { 'level-skip': 'off' } } } });
  });

  it('leaves a file it cannot edit safely alone, and says where: a syntax error, or no object on the way', () => {
    assert.deepEqual(silenceForFile('{ "rules": { ', 'a.txt', 'level-skip'), { problem: 'syntax', offset: 13 });
    const shape = silenceForFile('{ "files": { "a.txt": [] } }', 'a.txt', 'level-skip');
    assert.deepEqual(shape, { problem: 'shape', offset: 22 });
    assert.deepEqual(silenceForFile('[]', 'a.txt', 'level-skip'), { problem: 'shape', offset: 0 });
  });
});

describe('关闭此规则（工作区）: a .workreportrc.json that sets the rule wins over settings', () => {
  it('finds the entries that would keep the rule on for this report, and sets them off', () => {
    const rc = '{ "rules": { "level-skip": "error" }, "files": { "a.txt": { "rules": { "level-skip": "warning" } }, "b.txt": { "rules": { "level-skip": "error" } } } }';
    const entries = overridingEntries(rc, 'a.txt', 'level-skip');
    assert.deepEqual(entries, [['rules', 'level-skip'], ['files', 'a.txt', 'rules', 'level-skip']]);
    assert.deepEqual(parse(text(setOff(rc, entries))), { rules: { 'level-skip': 'off' }, files: { 'a.txt': { rules: { 'level-skip': 'off' } }, 'b.txt': { rules: { 'level-skip': 'error' } } } });
    assert.deepEqual(overridingEntries('{ "rules": { "level-skip": "off" } }', 'a.txt', 'level-skip'), [], 'already off');
    assert.deepEqual(overridingEntries('{ "rules": { "level-skip": "error" ', 'a.txt', 'level-skip'), [], 'a broken file is not read by the server either');
  });
});

describe('查看规则说明 and the client commands the server names', () => {
  it('docs/rules.md has a section for every rule, so the action always has a heading to open', () => {
    const headings = ruleHeadings(fs.readFileSync(path.join(REPO_ROOT, 'docs', 'rules.md'), 'utf8'));
    const ids = new Set(headings.map((h) => h.id));
    assert.deepEqual([...RULE_IDS].filter((id) => !ids.has(id)), []);
    const sequence = headings.find((h) => h.id === 'numbering-sequence')!;
    assert.equal(sequence.title, '序号不连续');
    assert.equal(fs.readFileSync(path.join(REPO_ROOT, 'docs', 'rules.md'), 'utf8').split('\n')[sequence.line], '### numbering-sequence');
  });

  it('the .vsix ships docs/rules.md, and the client registers both commands the quick actions carry', () => {
    assert.ok(fs.readFileSync(path.join(REPO_ROOT, '.vscodeignore'), 'utf8').split('\n').includes('!docs/rules.md'));
    const client = fs.readFileSync(path.join(REPO_ROOT, 'client', 'src', 'ruleActions.ts'), 'utf8');
    assert.ok(client.includes('registerCommand(SILENCE_RULE_COMMAND,') && SILENCE_RULE_COMMAND === 'workreport.silenceRule');
    assert.ok(client.includes(`registerCommand('${SHOW_RULE_DOC_COMMAND}',`));
  });
});
