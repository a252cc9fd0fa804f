import { strict as assert } from 'assert';
import { parseConfigFile, resolveConfig } from '../../server/src/core/config/config';
import { fileKey, sectionFor } from '../../server/src/core/config/fileSections';
import { RULE_IDS } from '../../server/src/core/rules/index';
import { zh } from '../helpers/l10n';

/** The problems of a config text, each as [the text it underlines, the Chinese message]. */
function problems(text: string): [string, string][] {
  return parseConfigFile(text, RULE_IDS).problems.map((p) => [text.slice(p.start, p.end), zh(p.message)]);
}

describe('.workreportrc.json "files": a rule silenced in one report, by its path', () => {
  it('a report\'s section goes over the file\'s own rules, for that report only', () => {
    const text = `{
      // 去年的报告从 Word 粘贴，断段不再逐个处理
      "rules": { "broken-paragraph": "warning", "date-format": "off" },
      "files": { "2024年/报告.txt": { "rules": { "broken-paragraph": "off" } } },
    }`;
    const { config, problems: found } = parseConfigFile(text, RULE_IDS);
    assert.deepEqual(found, []);
    const forReport = resolveConfig({}, config, sectionFor(config.files, '2024年/报告.txt'));
    assert.equal(forReport.levels['broken-paragraph'], 'off');
    assert.equal(forReport.levels['date-format'], 'off', 'the file\'s other rules still apply');
    const forOther = resolveConfig({}, config, sectionFor(config.files, '2025年/报告.txt'));
    assert.equal(forOther.levels['broken-paragraph'], 'warning');
  });

  it('underlines what is wrong in a section on the key or value at fault, and keeps what is valid', () => {
    const text = '{ "files": { "a.txt": { "rules": { "no-such-rule": "off", "date-format": "loud", "level-skip": "off" }, "profile": "npc" }, "b.txt": 3 } }';
    assert.deepEqual(problems(text), [
      ['"no-such-rule"', '未知的规则“no-such-rule”'],
      ['"date-format"', '规则“date-format”的级别应为 off | hint | information | warning | error'],
      ['"profile"', '单个文件只能设置“rules”，“profile”不起作用'],
      ['"b.txt"', '“b.txt”的设置应为对象：{ "rules": { "规则id": "off" } }'],
    ]);
    const { config } = parseConfigFile(text, RULE_IDS);
    assert.deepEqual({ ...config.files!['a.txt'].rules }, { 'level-skip': 'off' });
  });

  it('"files" that is no object is one problem on it, and the rest of the file still applies', () => {
    const text = '{ "sessionYear": 2025, "files": ["a.txt"] }';
    assert.deepEqual(problems(text), [['"files"', '“files”应为对象：{ "报告.txt": { "rules": { "规则id": "off" } } }']]);
    assert.equal(parseConfigFile(text, RULE_IDS).config.sessionYear, 2025);
  });

  it('a key such as __proto__ or toString is a path like any other, never an inherited property', () => {
    const { config } = parseConfigFile('{ "files": { "__proto__": { "rules": { "level-skip": "off" } } } }', RULE_IDS);
    assert.equal(sectionFor(config.files, 'toString'), undefined);
    assert.equal(sectionFor(config.files, 'constructor'), undefined);
    assert.deepEqual({ ...sectionFor(config.files, '__proto__')?.rules }, { 'level-skip': 'off' });
  });

  it('a report\'s key is its readable path from the config file\'s folder, as the editor writes URIs', () => {
    const config = 'file:///c%3A/%E5%8A%9E%E5%85%AC%E5%AE%A4/.workreportrc.json';
    assert.equal(fileKey(config, 'file:///c%3A/%E5%8A%9E%E5%85%AC%E5%AE%A4/2024%E5%B9%B4/%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A%20%E5%88%9D%E7%A8%BF.txt'), '2024年/工作报告 初稿.txt');
    assert.equal(fileKey('file:///a/.workreportrc.json', 'file:///a/b.md'), 'b.md');
    assert.equal(fileKey('file:///a/.workreportrc.json', 'file:///ab/c.md'), undefined, 'not inside the folder');
    assert.equal(fileKey('file:///a/.workreportrc.json', 'untitled:Untitled-1'), undefined);
    assert.equal(fileKey('file:///a/.workreportrc.json', 'file:///a/%E0%A4%A.md'), undefined, 'a malformed escape');
    assert.equal(fileKey('file:///a/.workreportrc.json', 'file:///a/x/../b.md'), undefined);
  });
});
