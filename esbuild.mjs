// Bundles the client, the language server and the CLI. `--production` minifies for the .vsix.
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tscCommonJs } from './scripts/tscCommonJs.mjs';

/**
 * esbuild escapes non-ASCII characters in strings but leaves them in regular expression literals, and the
 * rules' patterns are full of Chinese marks. One such character makes V8 hold the whole source as UTF-16 and
 * decode it from UTF-8 on every start (docs/performance.md). A \uXXXX escape per UTF-16 unit means the same in a
 * regex literal, with or without the u flag (an escaped surrogate pair is one code point there), as in a
 * string or a comment. (In a dev build the source map's columns after such a literal shift by the escapes'
 * extra length, on those lines only.)
 */
const asciiOnly = {
  name: 'ascii-only',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length > 0) return;
      const file = build.initialOptions.outfile;
      const text = readFileSync(file, 'utf8');
      const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      if (ascii !== text) writeFileSync(file, ascii);
    });
  },
};

const production = process.argv.includes('--production');
// The one place the version is written: the server's serverInfo and the CLI's --version and SARIF driver read
// WORKREPORT_VERSION, which every bundle gets from package.json (see server/src/version.ts).
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  legalComments: 'none',
  logLevel: 'warning',
  // jsonc-parser's UMD entry loads its parts dynamically; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  plugins: [tscCommonJs(), asciiOnly],
  define: { WORKREPORT_VERSION: JSON.stringify(version) },
};

/**
 * The LSP libraries require crypto (random pipe names) and child_process (finding global npm modules) at
 * load, for transports and helpers the server never uses; in the server bundle they are loaded on first use
 * instead, out of the cold start (docs/performance.md).
 */
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onResolve({ filter: /^(crypto|child_process)$/ }, (args) =>
      args.importer.includes('node_modules') ? { path: args.path, namespace: 'lazy-builtin' } : undefined);
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let m; module.exports = new Proxy({}, { get: (_, key) => (m ??= require(${JSON.stringify(args.path)}))[key] });`,
      loader: 'js',
    }));
  },
};

/**
 * VS Code for the Web (vscode.dev, github.dev): the client runs in the workbench's web worker extension host
 * and starts the server in a worker of its own (package.json "browser"). Neither may load a Node module: the
 * core imports none, and the LSP libraries have browser entries ("browser" export condition).
 */
const web = { ...common, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'] };
/** The translations a worker cannot read from the extension's folder: every l10n/bundle.l10n.<locale>.json, built in. */
const webBundles = Object.fromEntries(readdirSync('l10n').flatMap((name) => {
  const m = /^bundle\.l10n\.([a-z0-9-]+)\.json$/.exec(name);
  return m ? [[m[1], JSON.parse(readFileSync(`l10n/${name}`, 'utf8'))]] : [];
}));

rmSync('dist', { recursive: true, force: true });

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  // dist/server.js is a small loader that compiles dist/server-main.js through V8's code cache.
  esbuild.build({ ...common, entryPoints: ['server/src/node/boot.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server-main.js', plugins: [lazyBuiltins, ...common.plugins] }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  esbuild.build({ ...web, format: 'cjs', entryPoints: ['client/src/browser/extension.ts'], outfile: 'dist/web/client.js', external: ['vscode'] }),
  esbuild.build({ ...web, format: 'iife', entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/web/server.js',
    define: { ...common.define, WORKREPORT_L10N_BUNDLES: JSON.stringify(webBundles) } }),
]);
