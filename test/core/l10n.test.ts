import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { format, msg, translator, normalizeLocale } from '../../server/src/core/l10n/message';
import { Translations } from '../../server/src/l10n';
import { diskBundles } from '../../server/src/node/bundles';

const root = path.resolve(__dirname, '..', '..', '..');
const bundle = (name: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(root, 'l10n', name), 'utf8'));
const placeholders = (s: string) => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort().join(' ');

describe('l10n: one path for every message', () => {
  it('every message of the code is in bundle.l10n.json, and that file is what `npm run l10n` writes', async () => {
    const { englishBundle } = await import(path.join(root, 'scripts', 'l10n.mjs'));
    assert.deepEqual(bundle('bundle.l10n.json'), englishBundle());
  });

  it('the Chinese bundle translates every message, with the same placeholders, and nothing else', () => {
    const en = bundle('bundle.l10n.json');
    const zh = bundle('bundle.l10n.zh-cn.json');
    assert.deepEqual(Object.keys(en).filter((k) => !(k in zh)), [], 'untranslated');
    assert.deepEqual(Object.keys(zh).filter((k) => !(k in en)), [], 'no longer used');
    for (const k of Object.keys(en)) assert.equal(placeholders(zh[k]), placeholders(k), k);
  });

  it('no language is chosen by hand anywhere: no { zh, en } pairs, no locale ternaries', () => {
    const offenders: string[] = [];
    const visit = (dir: string) => {
      for (const name of fs.readdirSync(dir)) {
        const p = path.join(dir, name);
        if (fs.statSync(p).isDirectory()) visit(p);
        else if (p.endsWith('.ts') && /\bzh:\s*[`'"]|locale === 'zh'|\.zh\b/.test(fs.readFileSync(p, 'utf8'))) offenders.push(path.relative(root, p));
      }
    };
    visit(path.join(root, 'server', 'src'));
    visit(path.join(root, 'client', 'src'));
    assert.deepEqual(offenders, []);
  });

  it('formats placeholders as @vscode/l10n does, and translates message arguments too', () => {
    assert.equal(format('{0} of {1}, {0} again; {2} stays', ['a', 3]), 'a of 3, a again; {2} stays');
    const tr = translator({ 'The {0} part': '{0}部分', review: '回顾' });
    assert.equal(tr(msg('The {0} part', msg('review'))), '回顾部分');
    assert.equal(tr(msg('not translated {0}', 1)), 'not translated 1');
    assert.equal(translator()(msg('The {0} part', msg('review'))), 'The review part');
  });

  it('a bundle key named like an Object.prototype member is not a translation', () => {
    assert.equal(translator({})(msg('constructor')), 'constructor');
    assert.equal(translator({})(msg('__proto__')), '__proto__');
  });

  it('locales: a Chinese variant without a bundle reads zh-cn; English and unknown languages read the messages as written', () => {
    const t = new Translations(diskBundles(__dirname));
    assert.equal(t.for('zh-cn')(msg('Renumber')), '重新编号');
    assert.equal(t.for('zh-TW')(msg('Renumber')), '重新编号');
    assert.equal(t.for('en-US')(msg('Renumber')), 'Renumber');
    assert.equal(t.for('fr')(msg('Renumber')), 'Renumber');
    assert.equal(t.for('../../etc/passwd')(msg('Renumber')), 'Renumber');
    assert.equal(normalizeLocale('auto', 'zh-CN'), 'zh-cn');
    assert.equal(normalizeLocale('en', 'zh-cn'), 'en');
  });
});
