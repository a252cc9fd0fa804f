/**
 * The language server's entry (dist/server.js): loads the server bundle (dist/server-main.js) through V8's
 * code cache, so that a start after the first skips compiling 270 KB of JavaScript.
 *
 * Node 22 and later do this themselves (module.enableCompileCache); VS Code 1.91-1.9x and Node 20 do not,
 * so there the bundle is compiled with vm.Script and the cache V8 produces is kept in a file (the saving is in
 * docs/performance.md). Everything here is an optimisation: any failure (no cache directory, a stale or corrupt
 * cache, a read-only disk) falls back to compiling the bundle, and V8 itself rejects a cache made by another
 * version or for another source.
 */
import Module = require('module');
import fs = require('fs');
import path = require('path');
import vm = require('vm');

const bundle = path.join(__dirname, 'server-main.js');
/** Where caches live: the client passes the extension's global storage; elsewhere the temp directory. */
const cacheDir = process.env.WORKREPORT_CODE_CACHE || path.join(tmpdir(), 'workreport-code-cache');
/** Node's os module is loaded only where no cache directory was passed: loading it costs the start time. */
function tmpdir(): string {
  return (require('os') as typeof import('os')).tmpdir();
}
/** Written after the server has run a while, so the cache also holds the functions compiled on first use. */
const WRITE_AFTER_MS = 10_000;

type CompileCache = { enableCompileCache?: (dir?: string) => unknown };

type Wrapper = (exports: unknown, require: NodeRequire, module: unknown, filename: string, dirname: string) => void;

/** Compiles the bundle with the cached code when there is some; arranges for the cache to be written. */
function compileWithCodeCache(): Wrapper {
  const stat = fs.statSync(bundle);
  // One file per bundle build: a new version of the extension never reads an old cache.
  const cacheFile = path.join(cacheDir, `server-main-${stat.size}-${Math.floor(stat.mtimeMs)}.cache`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
  let written = cachedData !== undefined && !script.cachedDataRejected;
  const write = () => {
    if (written) return;
    written = true;
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      const temp = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(temp, script.createCachedData());
      fs.renameSync(temp, cacheFile);
      // Caches of earlier builds are never read again: an update leaves one cache, not one per version.
      for (const name of fs.readdirSync(cacheDir)) {
        if (/^server-main-\d+-\d+\.cache$/.test(name) && name !== path.basename(cacheFile)) fs.rmSync(path.join(cacheDir, name), { force: true });
      }
    } catch {
      // A cache that cannot be written only costs the next start its compile time.
    }
  };
  setTimeout(write, WRITE_AFTER_MS).unref();
  process.once('exit', write);
  return script.runInThisContext() as Wrapper;
}

function start(): void {
  const builtIn = (Module as unknown as CompileCache).enableCompileCache;
  if (typeof builtIn === 'function') {
    try {
      builtIn(cacheDir);
    } catch {
      // The cache is an optimisation only.
    }
    require(bundle);
    return;
  }
  // A debugger wants the plain file, with its source map.
  if (process.execArgv.some((a) => a.startsWith('--inspect') || a === '--nolazy')) {
    require(bundle);
    return;
  }
  let wrapper: Wrapper;
  try {
    wrapper = compileWithCodeCache();
  } catch {
    // Reading or compiling through vm failed, before any of the server ran: load it the ordinary way.
    require(bundle);
    return;
  }
  const mod = { exports: {}, filename: bundle, id: bundle };
  wrapper.call(mod.exports, mod.exports, require, mod, bundle, __dirname);
}

start();
