// An esbuild plugin that bundles the LSP libraries' CommonJS (tsc's output) without its per-module boilerplate.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The LSP libraries are compiled by tsc to CommonJS, which costs the server bundle some 20 KB of boilerplate
 * (docs/performance.md, "Bundle size"):
 * - Helpers. Without `importHelpers`, each module starts with its own copy of `__createBinding`, `__importStar`, …
 *   (about 1 KB minified per module). One copy of each is kept, in a shared module every module takes them
 *   from — what `importHelpers` with tslib does. The copy kept is the libraries' own text, the variant most of
 *   their modules carry; a module whose helpers differ from it in any way keeps its own.
 * - Export pre-declarations. tsc starts a module with `exports.A = exports.B = … = void 0;` naming every export
 *   it assigns later (protocol.js names some 200). They matter only to a module that reads its exports object
 *   before it is complete: one in a require cycle (the build fails if the bundle has one, see below), and one
 *   that calls `__exportStar`, which skips the names the module already has — there they are kept. The one
 *   other difference: a name re-exported with `Object.defineProperty(exports, "X", { get })` is now defined
 *   afresh, so its property is not configurable (it was); nothing redefines the libraries' exports, and the
 *   test compares the names and kinds the bundles export (test/server/bundle.test.ts).
 */
const PACKAGES = ['vscode-jsonrpc', 'vscode-languageserver', 'vscode-languageserver-protocol', 'vscode-languageclient'];
const SHARED = 'workreport-shared-ts-helpers';
/** A helper declaration as tsc writes it: `var __name = (this && this.__name) || …`, at the start of a line. */
const HELPER_START = /^var (__\w+) = \(this && this\.\1\) \|\| /m;
/** The statement tsc writes right after the helpers of a CommonJS module. */
const ES_MODULE_MARK = 'Object.defineProperty(exports, "__esModule"';

/** The helper declarations at the top of a module, name → text, with where they start and end; undefined if none. */
function helpersOf(text) {
  const first = HELPER_START.exec(text);
  const end = text.indexOf(ES_MODULE_MARK);
  if (!first || end < first.index) return undefined;
  const prelude = text.slice(first.index, end);
  const helpers = new Map();
  for (const chunk of prelude.split(/^(?=var __)/m)) {
    const declaration = HELPER_START.exec(chunk);
    if (!declaration || declaration.index !== 0) return undefined;
    helpers.set(declaration[1], chunk.trim());
  }
  return { helpers, start: first.index, end };
}

function* jsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* jsFiles(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

/** For each helper, the text most of the packages' modules carry (decided before the build: the output is stable). */
function canonicalHelpers(nodeModules) {
  const counts = new Map();
  for (const pkg of PACKAGES) {
    let files;
    try {
      files = [...jsFiles(join(nodeModules, pkg, 'lib'))];
    } catch {
      continue;
    }
    for (const file of files) {
      for (const [name, text] of helpersOf(readFileSync(file, 'utf8'))?.helpers ?? []) {
        const key = `${name}\0${text}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  const best = new Map();
  for (const [key, count] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    const [name, text] = key.split('\0');
    if (!best.has(name)) best.set(name, { text, count });
  }
  return new Map([...best].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([name, { text }]) => [name, text]));
}

/** `exports.A = exports.B = void 0;` on a line of its own: tsc's pre-declaration of a module's exports. */
const PRE_DECLARATION = /^exports\.[\w$]+ = (?:exports\.[\w$]+ = )*void 0;\n/gm;

/**
 * A require cycle through a rewritten module, as the modules on it; undefined when there is none. Tarjan's
 * strongly connected components over the bundle's imports (`inputs` as in esbuild's metafile, paths absolute):
 * other packages may have cycles of their own (semver's comparator and range require each other).
 */
function cycleAmong(inputs, rewritten) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  let next = 0;
  let found;
  const connect = (file) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const { path } of inputs[file].imports) {
      if (!(path in inputs)) continue;
      if (!index.has(path)) {
        connect(path);
        low.set(file, Math.min(low.get(file), low.get(path)));
      } else if (onStack.has(path)) low.set(file, Math.min(low.get(file), index.get(path)));
    }
    if (low.get(file) !== index.get(file)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    const cyclic = component.length > 1 || inputs[file].imports.some((i) => i.path === file);
    if (cyclic && component.some((f) => rewritten.has(f))) found ??= component.reverse();
  };
  for (const file of Object.keys(inputs)) if (!index.has(file)) connect(file);
  return found;
}

export function tscCommonJs(nodeModules = 'node_modules') {
  const canonical = canonicalHelpers(nodeModules);
  // __importStar and __exportStar call __createBinding and __setModuleDefault by name: all live in one scope.
  const shared = `"use strict";\n${[...canonical.values()].join('\n')}\nmodule.exports = { ${[...canonical.keys()].join(', ')} };\n`;
  const packagePath = new RegExp(`[\\\\/]node_modules[\\\\/](${PACKAGES.join('|')})[\\\\/]lib[\\\\/].*\\.js$`);
  return {
    name: 'tsc-commonjs',
    setup(build) {
      build.initialOptions.metafile = true;
      const rewritten = new Set();
      build.onResolve({ filter: new RegExp(`^${SHARED}$`) }, () => ({ path: SHARED, namespace: SHARED }));
      build.onLoad({ filter: /.*/, namespace: SHARED }, () => ({ contents: shared, loader: 'js' }));
      build.onLoad({ filter: packagePath }, (args) => {
        let text = readFileSync(args.path, 'utf8');
        const found = helpersOf(text);
        if (found && [...found.helpers].every(([name, helper]) => canonical.get(name) === helper)) {
          const names = [...found.helpers.keys()].join(', ');
          text = `${text.slice(0, found.start)}var { ${names} } = require(${JSON.stringify(SHARED)});\n${text.slice(found.end)}`;
        }
        if (!text.includes('__exportStar(')) text = text.replace(PRE_DECLARATION, '');
        rewritten.add(args.path);
        return { contents: text, loader: 'js' };
      });
      build.onEnd((result) => {
        if (!result.metafile) return;
        const root = build.initialOptions.absWorkingDir ?? process.cwd();
        const inputs = Object.fromEntries(Object.entries(result.metafile.inputs).map(([file, input]) => [join(root, file), { imports: input.imports.map((i) => ({ path: join(root, i.path) })) }]));
        const cycle = cycleAmong(inputs, rewritten);
        if (cycle) throw new Error(`a require cycle among the LSP libraries' modules, whose export pre-declarations were dropped: ${cycle.join(' -> ')}`);
      });
    },
  };
}
