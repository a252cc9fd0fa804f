import { strict as assert } from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../helpers/fixture';
import { tempFolder } from '../helpers/tempFolder';

/** The .vsix that a clean checkout packages: what a user gets from the marketplace or an intranet share. */
const read = (file: string) => fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json'));

/** Every file the manifest names: the bundle it starts, its icon, grammars, snippets, schemas, walkthrough pages. */
function namedFiles(): string[] {
  const c = pkg.contributes;
  const files = [pkg.main, pkg.browser, pkg.icon, ...c.languages.map((l: { configuration?: string }) => l.configuration), ...c.grammars.map((g: { path: string }) => g.path),
    ...c.snippets.map((s: { path: string }) => s.path), ...(c.jsonValidation ?? []).map((j: { url: string }) => j.url),
    ...(c.walkthroughs ?? []).flatMap((w: { steps: { media: Record<string, unknown> }[] }) => w.steps.flatMap((s) => Object.values(s.media).filter((m) => typeof m === 'string')))];
  return files.filter((f): f is string => typeof f === 'string').map((f) => path.posix.normalize(f));
}

describe('packaging', () => {
  it('claims the Formatters category only when the server formats', () => {
    const server = spawnSync('grep', ['-rl', 'documentFormattingProvider', path.join(REPO_ROOT, 'server', 'src')], { encoding: 'utf8' }).stdout.trim() !== '';
    assert.equal(pkg.categories.includes('Formatters'), server);
  });

  it('a private package promises no `npx workreport`', () => {
    if (pkg.private) assert.doesNotMatch(read('README.md'), /npx workreport/);
  });
});

/** The names of the files in a zip archive, from its central directory. */
function zipEntries(zip: Buffer): string[] {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  assert.ok(end >= 0, 'a zip archive');
  const names: string[] = [];
  let p = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    const nameLength = zip.readUInt16LE(p + 28);
    names.push(zip.toString('utf8', p + 46, p + 46 + nameLength));
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return names;
}

/** The checkout's files as git would give them (tracked and new, without dist/ or out/), in a fresh folder. */
function cleanCheckout(): string {
  const dir = tempFolder('wr-vsix-');
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\0');
  for (const file of files) {
    const from = path.join(REPO_ROOT, file);
    if (!file || file === 'node_modules' || !fs.existsSync(from) || !fs.statSync(from).isFile()) continue;
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(from, path.join(dir, file));
  }
  fs.symlinkSync(fs.realpathSync(path.join(REPO_ROOT, 'node_modules')), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

describe('the .vsix of a clean checkout', function () {
  this.timeout(180000);
  let dir: string;
  let entries: string[];
  let size: number;

  before(() => {
    dir = cleanCheckout();
    assert.ok(!fs.existsSync(path.join(dir, 'dist')), 'no build yet');
    // vsce runs vscode:prepublish itself: a checkout packages without a build step of its own.
    const vsce = path.join(dir, 'node_modules', '@vscode', 'vsce', 'vsce');
    const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', 'test.vsix'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
    const vsix = fs.readFileSync(path.join(dir, 'test.vsix'));
    size = vsix.length;
    entries = zipEntries(vsix).filter((e) => e.startsWith('extension/')).map((e) => e.slice('extension/'.length));
  });

  it('ships every file the manifest names, the bundles, both languages and the rules, and nothing of the sources', () => {
    for (const f of ['dist/client.js', 'dist/server.js', 'dist/server-main.js', 'dist/cli.js', 'dist/web/client.js', 'dist/web/server.js', 'package.nls.json', 'package.nls.zh-cn.json',
      'l10n/bundle.l10n.json', 'l10n/bundle.l10n.zh-cn.json', 'docs/rules.md']) assert.ok(entries.includes(f), f);
    for (const f of namedFiles()) {
      // The config schema comes from another branch: until it is in the checkout, only its name is known.
      if (f === 'schemas/workreportrc.schema.json' && !fs.existsSync(path.join(REPO_ROOT, f))) continue;
      assert.ok(entries.includes(f), f);
    }
    assert.deepEqual(entries.filter((e) => /^(client|server|test|scripts|bench|node_modules)\/|\.map$|\.ts$/.test(e)), []);
    assert.ok(size < 1024 * 1024, `${(size / 1024).toFixed(0)} KB, over the 1 MB budget`);
  });

  it('the bundles carry package.json’s version', () => {
    for (const f of ['dist/client.js', 'dist/server-main.js', 'dist/cli.js']) {
      assert.doesNotMatch(fs.readFileSync(path.join(dir, f), 'utf8'), /WORKREPORT_VERSION/, `${f}: WORKREPORT_VERSION left undefined`);
    }
    const version = spawnSync(process.execPath, [path.join(dir, 'dist', 'cli.js'), '--version'], { encoding: 'utf8' });
    assert.equal(version.stdout.trim(), pkg.version);
  });
});
