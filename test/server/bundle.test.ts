import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../helpers/fixture';
import { tempFolder } from '../helpers/tempFolder';

/**
 * The LSP libraries bundled without tsc's per-module boilerplate (scripts/tscCommonJs.mjs): one copy of its
 * helpers, no export pre-declarations. The bundles must expose and do exactly what the libraries do.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Esbuild = any;
const esbuild: Esbuild = require('esbuild');
const plugin = async () => (await import(path.join(REPO_ROOT, 'scripts', 'tscCommonJs.mjs'))) as {
  tscCommonJs(nodeModules?: string): unknown;
};

/** Bundles `source` (CommonJS, resolved from `dir`) and loads the result. */
async function bundleAndLoad(source: string, dir: string, plugins: unknown[]): Promise<Record<string, unknown>> {
  const outfile = path.join(tempFolder('wr-bundle-'), 'out.js');
  await esbuild.build({ stdin: { contents: source, resolveDir: dir }, bundle: true, platform: 'node', format: 'cjs', outfile, plugins, logLevel: 'silent', absWorkingDir: dir });
  return require(outfile);
}

describe('bundles: the LSP libraries without tsc’s per-module boilerplate', function () {
  this.timeout(60000);

  it('each bundle that holds the libraries carries one copy of tsc’s helpers', () => {
    for (const file of ['dist/server-main.js', 'dist/web/server.js', 'dist/client.js', 'dist/web/client.js']) {
      const text = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
      for (const helper of ['__createBinding', '__importStar']) {
        // A copy is `var __importStar = (this && this.__importStar) || …`, with `this` as esbuild writes it.
        assert.equal(text.match(new RegExp(`\\.${helper}\\s*\\|\\|`, 'g'))?.length, 1, `${file}: ${helper}`);
      }
    }
  });

  it('vscode-languageserver/node exports the same names, of the same kinds, with and without the rewrite', async () => {
    const { tscCommonJs } = await plugin();
    const source = "module.exports = require('vscode-languageserver/node');";
    const plain = await bundleAndLoad(source, REPO_ROOT, []);
    const lean = await bundleAndLoad(source, REPO_ROOT, [tscCommonJs(path.join(REPO_ROOT, 'node_modules'))]);
    const shape = (m: Record<string, unknown>) => Object.keys(m).sort().map((k) => `${k}:${typeof m[k]}`);
    assert.ok(shape(plain).length > 300);
    assert.deepEqual(shape(lean), shape(plain));
    const { DiagnosticSeverity, TextDocumentSyncKind, CodeActionKind } = lean as Record<string, Record<string, unknown>>;
    assert.equal(DiagnosticSeverity.Information, 3);
    assert.equal(TextDocumentSyncKind.Incremental, 2);
    assert.equal(CodeActionKind.SourceFixAll, 'source.fixAll');
  });

  describe('on modules written as tsc writes them', () => {
    const helpers = fs.readFileSync(path.join(REPO_ROOT, 'node_modules', 'vscode-languageserver', 'lib', 'node', 'main.js'), 'utf8');
    const prelude = helpers.slice(helpers.indexOf('var __createBinding'), helpers.indexOf('Object.defineProperty(exports, "__esModule"'));
    let dir: string;
    const write = (file: string, body: string) => {
      const full = path.join(dir, 'node_modules', 'vscode-jsonrpc', 'lib', file);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, `"use strict";\n${prelude}Object.defineProperty(exports, "__esModule", { value: true });\n${body}`);
    };
    beforeEach(() => {
      dir = tempFolder('wr-tsc-');
    });

    it('keeps the pre-declarations a module that re-exports needs, and the values', async () => {
      write('a.js', 'exports.Kind = exports.Name = void 0;\nconst Is = __importStar(require("./b"));\nexports.Name = "a";\nexports.Kind = Is.kind;\n');
      write('b.js', 'exports.kind = void 0;\nexports.kind = "b";\nexports.Name = "from b";\n');
      write('main.js', 'exports.Name = void 0;\n__exportStar(require("./a"), exports);\n__exportStar(require("./b"), exports);\nexports.Name = "main";\n');
      const { tscCommonJs } = await plugin();
      const source = "module.exports = require('vscode-jsonrpc/lib/main.js');";
      const lean = await bundleAndLoad(source, dir, [tscCommonJs(path.join(dir, 'node_modules'))]);
      assert.deepEqual({ ...lean }, { ...(await bundleAndLoad(source, dir, [])) });
      assert.deepEqual({ Name: lean.Name, Kind: lean.Kind, kind: lean.kind }, { Name: 'main', Kind: 'b', kind: 'b' });
    });

    it('fails the build on a require cycle, where dropped pre-declarations would change what a module sees', async () => {
      write('a.js', 'exports.A = void 0;\nconst b = require("./b");\nexports.A = "a" + b.B;\n');
      write('b.js', 'exports.B = void 0;\nconst a = require("./a");\nexports.B = "b";\n');
      const { tscCommonJs } = await plugin();
      await assert.rejects(bundleAndLoad("require('vscode-jsonrpc/lib/a.js');", dir, [tscCommonJs(path.join(dir, 'node_modules'))]), /require cycle.*a\.js/s);
    });
  });
});
