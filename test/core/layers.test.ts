import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';

/**
 * The core's layers, bottom first (docs/architecture.md). A module imports only from its own layer or the
 * layers below it — type-only imports included, so no cycle can hide behind `import type`.
 */
const LAYERS = ['text', 'l10n', 'parse', 'analysis', 'config', 'lint', 'rules', 'features'];
const rank = (layer: string) => (layer === 'l10n' ? 0 : LAYERS.indexOf(layer));

const root = path.resolve(__dirname, '..', '..', '..');
const core = path.join(root, 'server', 'src', 'core');

function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?from\s+'([^']+)'/g)].map((m) => m[1]);
}

function modules(dir: string): string[] {
  return fs.readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return fs.statSync(p).isDirectory() ? modules(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('core layers', () => {
  const files = modules(core);

  it('every module of the core sits in a known layer', () => {
    const unknown = files
      .map((f) => path.relative(core, f).split(path.sep))
      .filter((parts) => parts.length > 1 && !LAYERS.includes(parts[0]))
      .map((parts) => parts.join('/'));
    assert.deepEqual(unknown, []);
  });

  it('imports point down: text -> parse -> analysis -> config -> lint -> rules -> features', () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = path.relative(core, file).split(path.sep);
      if (from.length === 1) continue; // index.ts and docs.ts sit above every layer
      for (const spec of imports(file)) {
        if (!spec.startsWith('.')) continue;
        const target = path.relative(core, path.resolve(path.dirname(file), spec)).split(path.sep);
        if (target[0] === '..') { upward.push(`${from.join('/')} imports ${spec} (outside the core)`); continue; }
        if (target.length === 1) { upward.push(`${from.join('/')} imports ${spec}`); continue; }
        if (rank(target[0]) > rank(from[0])) upward.push(`${from.join('/')} imports ${target.join('/')}`);
      }
    }
    assert.deepEqual(upward, []);
  });

  it('rules/ holds only rules (and their index); the core imports no Node built-in and no vscode', () => {
    for (const file of files) {
      for (const spec of imports(file)) {
        assert.ok(!/^(node:|fs$|path$|os$|vscode|child_process$|crypto$)/.test(spec), `${path.relative(core, file)} imports ${spec}`);
      }
    }
    for (const file of modules(path.join(core, 'rules'))) {
      if (path.basename(file) === 'index.ts') continue;
      const text = fs.readFileSync(file, 'utf8');
      assert.match(text, /export const \w+: Rule = \{/, `${path.relative(core, file)} is not a rule`);
    }
  });
});
