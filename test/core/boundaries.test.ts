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

describe('the manifest', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  it('declares untrusted and virtual workspaces supported: configuration is data, nothing from a workspace runs', () => {
    assert.deepEqual(pkg.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
  });
  it('scopes every setting to the resource, so folders of one workspace can differ (but the one server\'s trace)', () => {
    for (const [key, setting] of Object.entries<{ scope?: string }>(pkg.contributes.configuration.properties)) assert.equal(setting.scope, key === 'workreport.trace.server' ? 'window' : 'resource', key);
  });
  it('has an English and a Chinese text for every %placeholder%', () => {
    const en = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.nls.json'), 'utf8'));
    const zh = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.nls.zh-cn.json'), 'utf8'));
    const keys = [...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 10);
    for (const k of keys) assert.ok(en[k] && zh[k], k);
  });
  it('runs the server with the flags that return memory after large reports close', () => {
    const client = fs.readFileSync(path.join(REPO_ROOT, 'client', 'src', 'extension.ts'), 'utf8');
    assert.match(client, /execArgv: SERVER_EXEC_ARGV/);
  });
  it('starts the server, run and debug alike, with the environment serverEnvironment makes', () => {
    const client = fs.readFileSync(path.join(REPO_ROOT, 'client', 'src', 'extension.ts'), 'utf8');
    assert.match(client, /const env = serverEnvironment\(/);
    assert.equal(client.match(/transport: TransportKind\.ipc, options: \{ execArgv: [^}]*, env \}/g)?.length, 2);
  });
});
