import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { parseConfigFile, resolveConfig, profileFor, MAX_CONFIG_SIZE, type WorkreportConfig } from '../../server/src/core/config/config';
import { CONFIG_KEYS, PROFILE_KEYS, REQUIRABLE_PARTS, DEFAULT_MAX_DOCUMENT_SIZE } from '../../server/src/core/config/schema';
import { LEVELS } from '../../server/src/core/config/levels';
import { BUILTIN_PROFILES } from '../../server/src/core/config/profiles';
import { RULES, RULE_IDS } from '../../server/src/core/rules/index';
import { parseReport } from '../../server/src/core/parse/parser';
import { check } from '../../server/src/core/features/check';
import { fixture, lines, REPO_ROOT } from '../helpers/fixture';
import { en } from '../helpers/l10n';
import { relativeCost } from '../helpers/hostile';

const parse = (text: string) => parseConfigFile(text, RULE_IDS);
/** Each problem as `text at its range: English message`. */
const problems = (text: string) => parse(text).problems.map((p) => `${text.slice(p.start, p.end)}: ${en(p.message)}`);

const REPORT = lines(
  '示例县人大常委会工作报告', '——2023年1月10日在示例县第十届人民代表大会第三次会议上',
  '一、2022年工作回顾', '一、加强监督', '正文。', '三、密切联系代表', '正文。',
  '二、2023年工作设想', '一、加强学习', '正文。',
);
const ruleIds = (config: WorkreportConfig | undefined) => check(parseReport(REPORT), resolveConfig(config)).map((f) => f.ruleId);

describe('configuration schema: schemas/workreportrc.schema.json', () => {
  const file = path.join(REPO_ROOT, 'schemas', 'workreportrc.schema.json');
  const schema = JSON.parse(fs.readFileSync(file, 'utf8'));

  it('is what `npm run schema` writes from the rule registry (commit it after adding or changing a rule)', async () => {
    const { schemaText } = await import(path.join(REPO_ROOT, 'scripts', 'schema.mjs'));
    assert.equal(fs.readFileSync(file, 'utf8'), await schemaText());
  });

  it('lists every rule id with its levels and default, the profiles, parts, sessionYear and maxDocumentSize', () => {
    assert.deepEqual(Object.keys(schema.properties.rules.properties), RULES.map((r) => r.id));
    for (const r of RULES) {
      assert.deepEqual(schema.properties.rules.properties[r.id].enum, [...LEVELS]);
      assert.equal(schema.properties.rules.properties[r.id].default, r.defaultLevel);
    }
    assert.deepEqual(schema.properties.profile.anyOf[0].enum, ['auto', ...Object.keys(BUILTIN_PROFILES)]);
    const profile = schema.properties.profiles.additionalProperties;
    assert.deepEqual(Object.keys(profile.properties), [...PROFILE_KEYS]);
    assert.deepEqual(profile.properties.required.items.enum, [...REQUIRABLE_PARTS]);
    assert.deepEqual(schema.properties.maxDocumentSize, { ...schema.properties.maxDocumentSize, type: 'integer', minimum: 1000 });
    assert.deepEqual(schema.properties.sessionYear.type, ['integer', 'null']);
    assert.equal(schema.allowComments, true);
  });

  it('the validator knows exactly the keys the schema allows, and refuses others', () => {
    assert.deepEqual(Object.keys(schema.properties), [...CONFIG_KEYS]);
    assert.equal(schema.additionalProperties, false);
    const all = `{ "$schema": "./schemas/workreportrc.schema.json", "rules": {}, "profile": "auto", "profiles": {}, "sessionYear": 2024, "locale": "en", "maxDocumentSize": 1000 }`;
    assert.deepEqual(problems(all), []);
  });
});

describe('configuration file: problems on the key, at its position', () => {
  it('an unknown rule id is reported on its key, not on the same words in a comment, with a near id suggested', () => {
    const { text, marks } = fixture('{\n  // "numbering-sequense" was a typo\n  "rules": { $$"numbering-sequense"$$: "off" }\n}');
    const [p] = parse(text).problems;
    assert.deepEqual([p.start, p.end], marks);
    assert.equal(en(p.message), 'Unknown rule "numbering-sequense"; did you mean "numbering-sequence"?');
  });

  it('"shortcoming" in required is reported on that item with "did you mean shortcomings"; the valid parts are kept', () => {
    const text = '{ "profile": "district", "profiles": { "district": { "required": ["review", "shortcoming", "plan"] } } }';
    assert.deepEqual(problems(text), ['"shortcoming": Unknown part "shortcoming": the parts are review, shortcomings, plan, closing; did you mean "shortcomings"?']);
    const config = resolveConfig(parse(text).config);
    assert.deepEqual(profileFor(config, 'npc').required, ['review', 'plan']);
    assert.deepEqual(problems('{ "profiles": { "d": { "required": ["plan", "plan"] } } }'), ['"plan": "plan" is listed twice']);
  });

  it('an unknown top-level key is a warning with a suggestion; a bad value is reported on its key', () => {
    assert.deepEqual(problems('{ "sesionYear": 2024, "locale": "fr", "rules": { "level-skip": "loud" } }'), [
      '"sesionYear": Unknown setting "sesionYear"; did you mean "sessionYear"?',
      '"locale": "locale" must be auto, zh-cn or en',
      '"level-skip": The level of "level-skip" must be one of off | hint | information | warning | error',
    ]);
  });

  it('whatever is valid is kept', () => {
    const { config } = parse('{ "rules": { "date-format": "off", "nope": "off", "level-skip": 3 }, "sessionYear": 2024, "locale": 1 }');
    assert.deepEqual({ ...config.rules }, { 'date-format': 'off' });
    assert.equal(config.sessionYear, 2024);
    assert.equal(config.locale, undefined);
  });

  it('{"__proto__": {"rules": …}} is an unknown key and switches nothing off', () => {
    const text = '{ "__proto__": { "rules": { "numbering-sequence": "off" } } }';
    assert.deepEqual(problems(text), ['"__proto__": Unknown setting "__proto__"']);
    assert.ok(ruleIds(parse(text).config).includes('numbering-sequence'));
    assert.deepEqual(problems('{ "rules": { "__proto__": "off", "constructor": "off" } }'), [
      '"__proto__": Unknown rule "__proto__"', '"constructor": Unknown rule "constructor"',
    ]);
  });

  it('"maxDocumentSize": 0.5, 0 or 999 is rejected (it would switch every check off); 1000 is the least', () => {
    for (const bad of ['0.5', '0', '999', '-1', '"5000"', '1e400']) {
      const parsed = parse(`{ "maxDocumentSize": ${bad} }`);
      assert.equal(parsed.config.maxDocumentSize, undefined, bad);
      assert.equal(en(parsed.problems[0].message), '"maxDocumentSize" must be a whole number of characters, at least 1000');
    }
    assert.equal(parse('{ "maxDocumentSize": 1000 }').config.maxDocumentSize, 1000);
    assert.ok(ruleIds(parse('{ "maxDocumentSize": 0.5 }').config).includes('numbering-sequence'));
  });

  it('"profiles": {"x": null} is a problem on "x", never a TypeError', () => {
    const text = '{ "profile": "x", "profiles": { "x": null, "y": { "required": "plan", "salutation": "", "colour": 1 } } }';
    assert.deepEqual(problems(text), [
      '"x": The profile "x" must be an object such as { "required": ["review", "plan"] }',
      '"required": "required" must be a list of parts: review, shortcomings, plan, closing',
      '"salutation": "salutation" must be a non-empty string',
      '"colour": Unknown setting "colour"',
      '"profile": Unknown profile "x"',
    ]);
    assert.ok(ruleIds(parse(text).config).includes('numbering-sequence'));
  });

  it('a profile named constructor, toString or __proto__ is a profile like any other', () => {
    for (const name of ['constructor', 'toString', '__proto__']) {
      const text = `{ "profile": "${name}", "profiles": { "${name}": { "required": ["review", "shortcomings", "plan"] } } }`;
      assert.deepEqual(problems(text), [], name);
      assert.deepEqual(profileFor(resolveConfig(parse(text).config), 'npc').required, ['review', 'shortcomings', 'plan'], name);
    }
  });

  it('syntax errors give the defaults and say where; a UTF-8 BOM is no error', () => {
    const text = '{ "rules": { "date-format": "off" }, "profile": ';
    const parsed = parse(text);
    assert.deepEqual(parsed.config, {});
    assert.match(en(parsed.problems[0].message), /^Syntax error in configuration: ValueExpected; defaults are used$/);
    assert.equal(parsed.problems[0].start, text.length);
    const bom = parse('\ufeff{ "rules": { "date-format": "off" } }');
    assert.deepEqual(bom.problems, []);
    assert.equal(bom.config.rules!['date-format'], 'off');
  });

  it('a configuration nested 5000 deep does not overflow the stack: one problem, defaults', () => {
    const deep = `{ "profiles": ${'['.repeat(5000)}${']'.repeat(5000)} }`;
    const parsed = parse(deep);
    assert.deepEqual(parsed.problems.map((p) => en(p.message)), ['The configuration is nested more than 64 levels deep; defaults are used']);
    assert.equal(parsed.problems[0].start, deep.indexOf('[') + 63);
    assert.deepEqual(parse(`{ "a": "${'['.repeat(5000)}" } // ${'{'.repeat(5000)}`).problems.map((p) => en(p.message)), ['Unknown setting "a"'], 'brackets in strings and comments do not count');
  });

  it('a file over the size cap is not parsed', () => {
    const parsed = parse(`{ "rules": {}, "x": "${' '.repeat(MAX_CONFIG_SIZE)}" }`);
    assert.deepEqual(parsed.problems.map((p) => en(p.message)), [`The configuration is larger than ${MAX_CONFIG_SIZE} bytes; defaults are used`]);
  });

  it('lists the first 100 problems and counts the rest, on the first one left out', () => {
    const text = `{ "rules": { ${Array.from({ length: 250 }, (_, k) => `"r${k}": "off"`).join(', ')} } }`;
    const listed = parse(text).problems;
    assert.equal(listed.length, 101);
    assert.equal(en(listed[100].message), '150 more problems in this file are not listed');
    assert.equal(text.slice(listed[100].start, listed[100].end), '"r100"');
  });
});

describe('configuration: linear time on many unknown rule ids', function () {
  this.timeout(60000);

  it('a file of unknown rule ids costs per character what a valid file of the same size does', () => {
    // 20,000 unknown ids (half the size cap), against valid profiles of the same length: each
    // problem once searched the whole text for its key (200,000 ids took 169 s).
    const unknown = `{ "rules": { ${Array.from({ length: 20_000 }, (_, k) => `"no-rule-${k}": "off"`).join(', ')} } }`;
    let valid = '{ "profiles": { ';
    for (let k = 0; valid.length < unknown.length - 40; k++) valid += `"p${k}": { "required": ["plan"] }, `;
    valid += '"last": {} } }';
    const ratio = relativeCost(parse, unknown, valid, 3);
    assert.ok(ratio < 20, `${ratio.toFixed(1)}x the time per character of a valid file`);
    assert.equal(parse(unknown).problems.length, 101);
  });

  it('200,000 unknown rule ids: in editor settings, linear; in a file, over the size cap and refused at once', () => {
    const rules = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, k) => [`no-rule-${k}`, 'off' as const]));
    const [many, few] = [rules(200_000), rules(20_000)];
    // Per entry, 200,000 cost what 20,000 do (the text arguments only give each run its number of entries).
    const ratio = relativeCost((t) => resolveConfig({ rules: t.length === 200_000 ? many : few }), 'x'.repeat(200_000), 'x'.repeat(20_000), 2);
    assert.ok(ratio < 5, `${ratio.toFixed(1)}x the time per entry of 20,000`);
    const big = `{ "rules": { ${Object.keys(many).map((id) => `"${id}": "off"`).join(', ')} } }`;
    assert.deepEqual(parse(big).problems.map((p) => en(p.message)), [`The configuration is larger than ${MAX_CONFIG_SIZE} bytes; defaults are used`]);
  });
});

describe('resolveConfig: editor settings are untrusted too', function () {
  this.timeout(30000);
  it('never throws on whatever settings.json holds, and keeps only valid values', () => {
    const names = fc.constantFrom('x', 'constructor', 'toString', '__proto__', 'npc', 'hasOwnProperty');
    const layer = fc.record({
      rules: fc.oneof(fc.anything(), fc.dictionary(fc.oneof(names, fc.constantFrom(...RULE_IDS)), fc.oneof(fc.constantFrom(...LEVELS), fc.anything()))),
      profile: fc.oneof(names, fc.anything()),
      profiles: fc.oneof(fc.anything(), fc.dictionary(names, fc.oneof(fc.anything(), fc.record({ required: fc.oneof(fc.anything(), fc.array(fc.oneof(fc.constantFrom(...REQUIRABLE_PARTS), fc.anything()))) }, { requiredKeys: [] })))),
      sessionYear: fc.anything(),
      maxDocumentSize: fc.oneof(fc.double(), fc.integer(), fc.anything()),
      locale: fc.anything(),
    }, { requiredKeys: [] });
    fc.assert(fc.property(layer, fc.anything(), (settings, other) => {
      const config = resolveConfig(settings as WorkreportConfig, other as WorkreportConfig);
      for (const level of Object.values(config.levels)) assert.ok(LEVELS.includes(level));
      assert.ok(Number.isSafeInteger(config.maxDocumentSize) && config.maxDocumentSize >= 1000);
      for (const kind of Object.keys(BUILTIN_PROFILES) as (keyof typeof BUILTIN_PROFILES)[]) {
        const profile = profileFor(config, kind);
        assert.ok(Array.isArray(profile.required) && profile.required.every((r) => REQUIRABLE_PARTS.includes(r)));
        assert.equal(typeof profile.salutation, 'string');
      }
      check(parseReport(REPORT), config);
    }), { numRuns: 200 });
  });

  it('--profile constructor, toString or __proto__ falls back to the detected kind instead of crashing', () => {
    for (const profile of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const config = resolveConfig({ profile });
      assert.equal(profileFor(config, 'court'), BUILTIN_PROFILES.court, profile);
      assert.ok(ruleIds({ profile }).includes('numbering-sequence'));
    }
  });

  it('settings nested 5000 deep, a maxDocumentSize of 0.5 and a profile of null change nothing', () => {
    let deep: unknown = 'off';
    for (let k = 0; k < 5000; k++) deep = { k: deep };
    const config = resolveConfig({ rules: deep, profiles: { x: null, y: deep }, maxDocumentSize: 0.5 } as unknown as WorkreportConfig);
    assert.equal(config.maxDocumentSize, DEFAULT_MAX_DOCUMENT_SIZE);
    assert.deepEqual(Object.keys(config.levels), []);
    assert.equal(config.profiles.has('x'), false);
  });
});
