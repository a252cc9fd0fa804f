// Bundles the client, the language server and the CLI. `--production` minifies for the .vsix.
import * as esbuild from 'esbuild';
import { rmSync } from 'node:fs';

const production = process.argv.includes('--production');
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
};

/**
 * The LSP libraries require crypto (random pipe names) and child_process (finding global npm modules) at
 * load, for transports and helpers the server never uses. Loading those Node modules took about 13 ms of
 * the server's cold start; in the server bundle they are loaded on first use instead.
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

rmSync('dist', { recursive: true, force: true });

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  // dist/server.js is a small loader that compiles dist/server-main.js through V8's code cache.
  esbuild.build({ ...common, entryPoints: ['server/src/node/boot.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server-main.js', plugins: [lazyBuiltins] }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
]);
