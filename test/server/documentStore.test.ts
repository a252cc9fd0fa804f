import { strict as assert } from 'assert';
import * as fs from 'fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentRecord } from '../../server/src/lsp/documentStore';
import type { EffectiveSettings } from '../../server/src/lsp/settings';
import { resolveConfig } from '../../server/src/core/config/config';
import { translator } from '../../server/src/core/l10n/message';
import { EXAMPLE_DRAFT } from '../helpers/fixture';

const draft = fs.readFileSync(EXAMPLE_DRAFT, 'utf8');

function settings(rules: Record<string, 'off' | 'error'> = {}): EffectiveSettings {
  return { config: resolveConfig({ rules }), locale: 'en', tr: translator(), enable: true, detect: true, run: 'onType' };
}

/** A record over a document, counting how often its settings were read. */
function record(text = draft) {
  const document = TextDocument.create('file:///r.md', 'markdown', 1, text);
  const reads = { count: 0 };
  const loaded = settings();
  const rec = new DocumentRecord(document, async () => { reads.count++; return loaded; });
  return { document, rec, reads };
}

describe('the document store’s record of one document', () => {
  it('parses and checks a version once, however many requests read it', async () => {
    const { rec } = record();
    const applied = await rec.settings();
    assert.equal(rec.model, rec.model);
    assert.equal(rec.wordCounter, rec.wordCounter);
    const findings = rec.findings(applied);
    assert.ok(findings.length > 0);
    assert.equal(rec.findings(applied), findings, 'the second request reuses the check');
    assert.equal(await rec.settings(), applied);
  });

  it('an edit makes a new parse and a new check; the settings stay', async () => {
    const { document, rec, reads } = record();
    const applied = await rec.settings();
    const before = { report: rec.model, counter: rec.wordCounter, findings: rec.findings(applied) };
    TextDocument.update(document, [{ text: '' }], 2);
    assert.notEqual(rec.model, before.report);
    assert.equal(rec.model.text, '');
    assert.notEqual(rec.wordCounter, before.counter);
    assert.deepEqual(rec.findings(await rec.settings()), []);
    assert.equal(reads.count, 1);
  });

  it('a configuration change reads the settings again and checks again under them', async () => {
    const { rec, reads } = record();
    const findings = rec.findings(await rec.settings());
    rec.forgetSettings();
    const again = await rec.settings();
    assert.equal(reads.count, 2);
    assert.notEqual(rec.findings(again), findings);
    assert.ok(!rec.findings(settings({ 'numbering-sequence': 'off' })).some((f) => f.ruleId === 'numbering-sequence'), 'other settings, other findings');
  });

  it('settings that failed to load are asked for again, not kept', async () => {
    const document = TextDocument.create('file:///r.md', 'markdown', 1, draft);
    let calls = 0;
    const rec = new DocumentRecord(document, async () => {
      calls++;
      if (calls === 1) throw new Error('client went away');
      return settings();
    });
    await assert.rejects(rec.settings());
    assert.ok((await rec.settings()).config);
    assert.equal(calls, 2);
  });

  it('closing disposes the pending check', () => {
    const { rec } = record();
    let disposed = 0;
    rec.pendingCheck = { dispose: () => disposed++ };
    rec.dispose();
    assert.equal(disposed, 1);
    assert.equal(rec.pendingCheck, undefined);
  });
});
