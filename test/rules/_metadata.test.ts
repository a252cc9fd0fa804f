import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { report as generatedDraft } from '../helpers/generate';
import { REPO_ROOT, EXAMPLE, EXAMPLE_DRAFT, sharedTexts } from '../helpers/fixture';
import { report } from '../helpers/ruleTester';
import { structural } from '../helpers/check';
import { parseReport } from '../../server/src/core/parse/parser';
import { resolveConfig } from '../../server/src/core/config/config';
import { checkDocument } from '../../server/src/core/lint/engine';
import { fixAll } from '../../server/src/core/lint/applyFixes';
import type { Finding, Fix, Rule } from '../../server/src/core/lint/types';
import { RULES } from '../../server/src/core/rules/index';
import { msg } from '../../server/src/core/l10n/message';

// A rule's metadata is a promise to the editor and the CLI: `fix` says whether a quick fix is offered and whether
// it runs in fix-all on save, `category` sorts it. These tests hold every rule, and every new one, to it.

const TEXT = report('一、甲', '正文。');
const deleteFirst: Fix['edits'] = [{ start: 0, end: 1, newText: '' }];

/** A rule that reports the text's leading # with the given fixes (each deletes it), whatever it declares. */
function fakeRule(fix: Rule['fix'], fixes: Fix[]): Rule {
  return {
    id: `fake-${fix}`, defaultLevel: 'warning', category: 'structure', fix, description: msg('A fake rule'),
    check: (ctx) => { if (ctx.doc.text.startsWith('#')) ctx.report({ start: 0, end: 1, message: msg('A fake finding'), fixes }); },
  };
}

function run(rule: Rule, text = TEXT): { findings: Finding[]; refused: string[] } {
  const refused: string[] = [];
  const findings = checkDocument(parseReport(text), resolveConfig(), [rule], (id, fix) => refused.push(`${id} all:${fix.all}`));
  return { findings, refused };
}

describe('rule metadata: the engine holds a rule to its declared fix kind', () => {
  const quick: Fix = { title: msg('A fake fix'), edits: deleteFirst, all: false };
  const all: Fix = { title: msg('A fake fix'), edits: deleteFirst, all: true };

  it("drops every fix of a rule declared fix: 'none', keeps the finding, and counts the refusal", () => {
    const { findings, refused } = run(fakeRule('none', [quick, all]));
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0].fixes, []);
    assert.deepEqual(refused, ['fake-none all:false', 'fake-none all:true']);
  });

  it("drops a fix-all fix of a rule declared fix: 'quick', keeping its quick fix", () => {
    const { findings, refused } = run(fakeRule('quick', [quick, all]));
    assert.deepEqual(findings[0].fixes, [quick]);
    assert.deepEqual(refused, ['fake-quick all:true']);
  });

  it("keeps both kinds from a rule declared fix: 'all'", () => {
    const { findings, refused } = run(fakeRule('all', [quick, all]));
    assert.deepEqual(findings[0].fixes, [quick, all]);
    assert.deepEqual(refused, []);
  });

  it('so fix-all on save never applies what a rule did not declare', () => {
    for (const rule of [fakeRule('none', [all]), fakeRule('quick', [all])]) {
      assert.equal(fixAll(TEXT, (t) => checkDocument(parseReport(t), resolveConfig(), [rule])).text, TEXT, rule.id);
    }
    assert.equal(fixAll(TEXT, (t) => checkDocument(parseReport(t), resolveConfig(), [fakeRule('all', [all])])).text, TEXT.slice(1));
  });
});

describe('rule metadata: built-in rules never have a fix refused', () => {
  const refusedOn = (text: string): string[] => {
    const refused: string[] = [];
    checkDocument(parseReport(text), resolveConfig(), RULES, (id) => refused.push(id));
    return refused;
  };
  it('on the examples and the real reports beside the checkout', () => {
    const texts = [EXAMPLE, EXAMPLE_DRAFT].map((f) => fs.readFileSync(f, 'utf8')).concat(sharedTexts('corpus').map((c) => c.text), sharedTexts('seeds').map((c) => c.text));
    for (const text of texts) assert.deepEqual(refusedOn(text), []);
  });
  it('on generated drafts with the mistakes real drafts have', () => {
    fc.assert(fc.property(generatedDraft, (text) => { assert.deepEqual(refusedOn(text), []); }), { numRuns: 100 });
  });
});

describe('rule metadata: every rule is specified, tested and documented', () => {
  const docs = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'rules.md'), 'utf8');
  /** docs/rules.md's section of a rule: from its `### <id>` heading (the anchor #<id>) to the next heading. */
  const section = (id: string): string | undefined => docs.split(/^(?=#{1,3} )/m).find((s) => s.startsWith(`### ${id}\n`));

  for (const rule of RULES) {
    describe(rule.id, () => {
      it(`has test/rules/${rule.id}.test.ts, a table for ruleTester (so its fix kind is checked on its invalid cases)`, () => {
        const file = path.join(REPO_ROOT, 'test', 'rules', `${rule.id}.test.ts`);
        assert.ok(fs.existsSync(file), `${file} is missing: copy a neighbour's and write its valid / invalid / output cases`);
        assert.ok(fs.readFileSync(file, 'utf8').includes(`ruleTester('${rule.id}'`), `${file} runs its cases through ruleTester('${rule.id}', …)`);
      });
      it('has a section in docs/rules.md (anchor #id) that states its default level and fix kind', () => {
        const text = section(rule.id);
        assert.ok(text, `docs/rules.md has no "### ${rule.id}" section`);
        assert.ok(text.includes(`default \`${rule.defaultLevel}\``), `docs/rules.md says ${rule.id} defaults to ${rule.defaultLevel}`);
        assert.equal(text.includes('**[all]**'), rule.fix === 'all', `docs/rules.md marks ${rule.id}'s fix [all] exactly when it joins fix-all`);
        assert.equal(/no fix/.test(text), rule.fix === 'none', `docs/rules.md says "no fix" exactly when ${rule.id} has none`);
        if (rule.fix === 'quick') assert.match(text, /quick fix only/, `docs/rules.md says ${rule.id}'s fix is a quick fix only`);
      });
      it(`sits in the ${rule.category} section of docs/rules.md, as its category says`, () => {
        const heading = rule.category === 'structure' ? '## Structure' : '## Typography';
        const start = docs.indexOf(`${heading}\n`);
        const end = docs.indexOf('\n## ', start + 1);
        assert.ok(start >= 0 && docs.slice(start, end).includes(`### ${rule.id}\n`));
      });
    });
  }

  it('structural() in the test helpers follows the category: a typography finding is never structural', () => {
    const typography = RULES.filter((r) => r.category === 'typography').map((r) => r.id);
    assert.ok(typography.length > 0);
    const fake = (ruleId: string): Finding => ({ ruleId, start: 0, end: 0, message: msg('A fake finding'), severity: 'error', fixes: [] });
    assert.deepEqual(structural(RULES.map((r) => fake(r.id))).map((f) => f.ruleId), RULES.filter((r) => r.category === 'structure').map((r) => r.id));
  });
});
