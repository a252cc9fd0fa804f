import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';
import { REPO_ROOT, EXAMPLE } from '../helpers/fixture';

let grammar: vsctm.IGrammar;

before(async () => {
  const wasm = fs.readFileSync(path.join(REPO_ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => scope === 'text.workreport'
      ? vsctm.parseRawGrammar(fs.readFileSync(path.join(REPO_ROOT, 'syntaxes', 'workreport.tmLanguage.json'), 'utf8'), 'workreport.tmLanguage.json')
      : null,
  });
  grammar = (await registry.loadGrammar('text.workreport'))!;
});

/** The scopes of the token holding the first occurrence of `needle` on a one-line document. */
function scopesAt(line: string, needle: string): string[] {
  const { tokens } = grammar.tokenizeLine(line, vsctm.INITIAL);
  const at = line.indexOf(needle);
  assert.ok(at >= 0, `${needle} in ${line}`);
  const t = tokens.find((x) => x.startIndex <= at && at < x.endIndex)!;
  return t.scopes;
}

function has(line: string, needle: string, scope: string): void {
  const scopes = scopesAt(line, needle);
  assert.ok(scopes.some((s) => s.split(' ').includes(scope) || s.startsWith(scope)), `${needle}: ${scopes.join(' | ')} lacks ${scope}`);
}

describe('grammar: distinct scopes so themes colour the report', () => {
  it('title, with or without #', () => {
    has('# 示例区人民代表大会常务委员会工作报告', '示例区', 'markup.heading.title.workreport');
    has('2026年北京市政府工作报告', '北京市', 'markup.heading.title.workreport');
  });
  it('date and meeting line, with the session year', () => {
    has('——2025年1月8日在示例区第十八届人民代表大会第五次会议上', '示例区', 'string.other.dateline.workreport');
    has('——2025年1月8日在示例区第十八届人民代表大会第五次会议上', '2025', 'constant.numeric.year.session.workreport');
    has('——2026年×月×日在示例区第十八届人民代表大会第×次会议上', '示例区', 'string.other.dateline.workreport');
  });
  it('speaker line', () => {
    has('□ 示例区人大常委会主任 林晓明', '林晓明', 'variable.other.speaker.workreport');
  });
  it('part headings, markdown or plain or numbered, with their year', () => {
    has('## 2024年主要工作回顾', '主要工作回顾', 'markup.heading.part.workreport');
    has('2025年工作设想', '工作设想', 'markup.heading.part.workreport');
    has('一、2024年工作回顾', '工作回顾', 'markup.heading.part.workreport');
    has('## 2024年主要工作回顾', '2024年', 'constant.numeric.year.workreport');
  });
  it('each marker level has its own scope', () => {
    has('### 一、坚持党的领导', '一、', 'keyword.other.marker.level-1.workreport');
    has('（一）加强理论学习。正文。', '（一）', 'keyword.other.marker.level-2.workreport');
    has('(一)强化理论武装;(二)坚持党的领导', '(二)', 'keyword.other.marker.level-2.workreport');
    has('1.第一项。', '1.', 'keyword.other.marker.level-3.workreport');
    has('（1）细项', '（1）', 'keyword.other.marker.level-4.workreport');
    has('①细项', '①', 'keyword.other.marker.level-5.workreport');
  });
  it('years, quotes and book titles inside paragraphs', () => {
    const line = '2024年，常委会贯彻“人民城市”理念，推动《水污染防治法》实施。';
    has(line, '2024年', 'constant.numeric.year.workreport');
    has(line, '人民城市', 'string.quoted.double.workreport');
    has(line, '水污染防治法', 'entity.name.type.book-title.workreport');
  });
  it('salutation and inline enumerations', () => {
    has('各位代表，让我们团结奋斗！', '各位代表', 'keyword.other.salutation.workreport');
    has('一是加强学习；二是改进作风。', '一是', 'keyword.other.enumeration.workreport');
  });
  it('plain body text carries no special scope', () => {
    assert.deepEqual(scopesAt('过去一年我们做了大量工作并取得成效。', '大量'), ['text.workreport']);
  });
  it('tokenises the whole example without error', () => {
    let state = vsctm.INITIAL;
    for (const line of fs.readFileSync(EXAMPLE, 'utf8').split('\n')) state = grammar.tokenizeLine(line, state).ruleStack;
  });
});
