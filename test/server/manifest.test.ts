import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../helpers/fixture';

/** The extension's contributions as VS Code reads them: package.json with package.nls*.json. */
const read = (file: string) => fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json'));
const nls: Record<string, Record<string, string>> = {
  en: JSON.parse(read('package.nls.json')),
  'zh-cn': JSON.parse(read('package.nls.zh-cn.json')),
};
const contributes = pkg.contributes;
const properties: Record<string, Record<string, unknown>> = contributes.configuration.properties;
const SCHEMA = 'schemas/workreportrc.schema.json';

/** Every %key% the manifest refers to. */
function nlsKeys(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const m = /^%(.+)%$/.exec(value);
    if (m) out.add(m[1]);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) nlsKeys(v, out);
  }
  return out;
}

function clientSources(dir = path.join(REPO_ROOT, 'client', 'src')): string {
  return fs.readdirSync(dir).map((name) => {
    const p = path.join(dir, name);
    return fs.statSync(p).isDirectory() ? clientSources(p) : p.endsWith('.ts') ? fs.readFileSync(p, 'utf8') : '';
  }).join('\n');
}

describe('manifest: a prose language at home in VS Code', () => {
  it('reports wrap long paragraphs and do not pop suggestions or flag full-width marks while typing', () => {
    const defaults = contributes.configurationDefaults['[workreport]'];
    assert.equal(defaults['editor.wordWrap'], 'on');
    assert.deepEqual(defaults['editor.quickSuggestions'], { comments: 'off', strings: 'off', other: 'off' });
    assert.equal(defaults['editor.wordBasedSuggestions'], 'off');
    // （，：；！？ are ambiguous with ( , : ; ! ? for VS Code, and U+3000 (the 首行缩进 of a pasted report) is invisible.
    assert.equal(defaults['editor.unicodeHighlight.ambiguousCharacters'], false);
    assert.equal(defaults['editor.unicodeHighlight.invisibleCharacters'], false);
    // The pinyin snippets (rdbg, yj, …) stay one Tab away without quick suggestions.
    assert.equal(defaults['editor.tabCompletion'], 'onlySnippets');
  });

  it('every command is declared with a title in English and Chinese, and registered by the client', () => {
    const declared: string[] = contributes.commands.map((c: { command: string }) => c.command);
    const registered = [...clientSources().matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]);
    assert.deepEqual([...declared].sort(), [...new Set(registered)].sort());
    for (const id of ['workreport.toggleEnable', 'workreport.restartServer']) assert.ok(declared.includes(id), id);
    for (const c of contributes.commands) {
      const key = /^%(.+)%$/.exec(c.title)?.[1];
      assert.ok(key, `${c.command}: title from package.nls`);
      assert.ok(nls.en[key], `${c.command}: English title`);
      assert.match(nls['zh-cn'][key], /[\u4e00-\u9fff]/, `${c.command}: Chinese title`);
      assert.equal(c.category, '%command.category%');
    }
    assert.equal(nls['zh-cn']['command.toggleEnable'], '启用/停用检查');
    assert.equal(nls['zh-cn']['command.restartServer'], '重启语言服务');
    assert.equal(nls['zh-cn']['command.category'], '工作报告');
  });

  it('every %key% of the manifest is in both package.nls files, and they hold no other key', () => {
    const used = [...nlsKeys(pkg)].sort();
    for (const [locale, table] of Object.entries(nls)) assert.deepEqual(Object.keys(table).sort(), used, locale);
  });

  it('workreport.enable (per folder, on by default) and workreport.trace.server as vscode-languageclient reads it', () => {
    assert.deepEqual(properties['workreport.enable'], { type: 'boolean', default: true, scope: 'resource', description: '%config.enable%' });
    const trace = properties['workreport.trace.server'];
    // vscode-languageclient reads `<client id>.trace.server`; the client's id is 'workreport'.
    assert.match(read('client/src/common.ts'), /create\('workreport'/);
    assert.deepEqual(trace.enum, ['off', 'messages', 'verbose']);
    assert.equal(trace.default, 'off');
    assert.equal(trace.scope, 'window');
  });

  it('.workreportrc.json is JSON with comments, validated by the schema the .vsix ships', function () {
    const jsonc = contributes.languages.find((l: { id: string }) => l.id === 'jsonc');
    assert.deepEqual(jsonc?.filenames, ['.workreportrc.json']);
    assert.deepEqual(contributes.jsonValidation, [{ fileMatch: '.workreportrc.json', url: `./${SCHEMA}` }]);
    if (!fs.existsSync(path.join(REPO_ROOT, SCHEMA))) {
      console.log(`      skipped: ${SCHEMA} is not in this checkout yet`);
      this.skip();
    }
    assert.equal(typeof JSON.parse(read(SCHEMA)), 'object');
  });

  it('the walkthrough: five steps in Chinese, each with its page, linking only commands that exist', () => {
    const [walkthrough] = contributes.walkthroughs;
    const declared = new Set(contributes.commands.map((c: { command: string }) => c.command));
    assert.deepEqual(walkthrough.steps.map((s: { id: string }) => s.id), ['open', 'outline', 'fix', 'draft', 'configure']);
    for (const step of walkthrough.steps) {
      const page = path.join(REPO_ROOT, step.media.markdown);
      assert.ok(fs.existsSync(page), step.media.markdown);
      assert.match(fs.readFileSync(page, 'utf8'), /^# [\u4e00-\u9fff]/, `${step.media.markdown} is a Chinese page`);
      const description = nls['zh-cn'][/^%(.+)%$/.exec(step.description)![1]];
      assert.match(description, /\]\(command:/, `${step.id} has a button`);
      const ours = [...description.matchAll(/command:(workreport\.[\w.]+)/g), ...step.completionEvents.join(' ').matchAll(/onCommand:(workreport\.[\w.]+)/g)];
      for (const m of ours) assert.ok(declared.has(m[1]), `${step.id}: ${m[1]}`);
    }
  });

  it('the README lists every setting', () => {
    const readme = read('README.md');
    for (const key of Object.keys(properties)) assert.ok(readme.includes(`\`${key}\``), `README: ${key}`);
  });
});
