import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../helpers/fixture';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('module boundaries', () => {
  it('the core imports no vscode, no LSP library and no Node built-in, so it runs in a browser worker', () => {
    const forbidden = /from\s+['"](vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*|node:[^'"]+|fs|path|os|url|child_process|crypto|util|stream|events|buffer|process)['"]/;
    const offenders = sources(path.join(REPO_ROOT, 'server', 'src', 'core'))
      .filter((f) => forbidden.test(fs.readFileSync(f, 'utf8')) || /\bprocess\.|\brequire\(/.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(REPO_ROOT, f));
    assert.deepEqual(offenders, []);
  });
  it('the server never writes to stdout outside the protocol (no console.log in server sources)', () => {
    const offenders = sources(path.join(REPO_ROOT, 'server', 'src')).filter((f) => !f.includes(`${path.sep}cli${path.sep}`) && /console\.log\(/.test(fs.readFileSync(f, 'utf8').replace('console.log = console.error', '')));
    assert.deepEqual(offenders.map((f) => path.relative(REPO_ROOT, f)), []);
  });
});
