import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT, EXAMPLE, EXAMPLE_DRAFT } from '../helpers/fixture';
import { check } from '../helpers/check';
import { tempFolder } from '../helpers/tempFolder';

export const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

/**
 * Long enough for any honest run, short enough that a regression which blocks (a FIFO read, /dev/zero read
 * to the end) fails the test instead of hanging the suite. Not a timing assertion: no run is compared with it.
 */
const HANG_GUARD_MS = 20_000;

export interface CliRun {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
  /** Set when the guard had to kill a run that hung. */
  readonly killed: boolean;
}

/** The environment of a run: English unless asked, no colour, no locale variable of the host's. */
function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1', ...extra };
  if (!('LC_ALL' in extra)) delete e.LC_ALL;
  if (!('LC_MESSAGES' in extra)) delete e.LC_MESSAGES;
  return e;
}

/** Runs dist/cli.js in a child process, as a user would, killed if it hangs. */
export function runCli(args: string[], cwd = REPO_ROOT, extra: Record<string, string> = {}, prefix: string[] = []): CliRun {
  const command = prefix.length ? prefix[0] : process.execPath;
  const argv = prefix.length ? [...prefix.slice(1), process.execPath, CLI, ...args] : [CLI, ...args];
  const r = spawnSync(command, argv, { cwd, encoding: 'utf8', env: env(extra), timeout: HANG_GUARD_MS, killSignal: 'SIGKILL' });
  return { code: r.status, out: r.stdout ?? '', err: r.stderr ?? '', killed: r.signal === 'SIGKILL' };
}

/** A fresh folder for one test, removed after it. */
export const tmpdir = (): string => tempFolder('wr-cli-');

/** A folder holding a copy of the example draft as `name`. */
export function withDraft(name = 'draft.md', text = fs.readFileSync(EXAMPLE_DRAFT, 'utf8')): { dir: string; file: string } {
  const dir = tmpdir();
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return { dir, file };
}

export const draftText = (): string => fs.readFileSync(EXAMPLE_DRAFT, 'utf8');
export const cleanText = (): string => fs.readFileSync(EXAMPLE, 'utf8');

/** The example draft's problems as the core finds them with default settings: what the CLI must report. */
export const draftProblems = (): number => check(draftText()).length;
/** Its errors alone (`-q`). */
export const draftErrors = (): number => check(draftText()).filter((f) => f.severity === 'error').length;

/**
 * The command prefix that runs as nobody (setpriv), where the tests run as root and nobody can reach the
 * checkout's dist/cli.js; undefined otherwise, and the test says why it skips.
 */
export const asNobody = ((): { prefix?: string[]; why?: string } => {
  if (process.getuid?.() !== 0) return { why: 'not running as root: permission cases are tested as root with setpriv' };
  const prefix = ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'];
  const probe = spawnSync(prefix[0], [...prefix.slice(1), process.execPath, CLI, '--version'], { encoding: 'utf8', timeout: HANG_GUARD_MS });
  if (probe.error) return { why: `setpriv is not available (${(probe.error as NodeJS.ErrnoException).code})` };
  if (probe.status !== 0) return { why: `nobody cannot run dist/cli.js here: ${probe.stderr.trim().split('\n')[0]}` };
  return { prefix };
})();

/** A temporary folder nobody can enter (mkdtemp makes it 0700). */
export function openToAll(dir: string): string {
  fs.chmodSync(dir, 0o755);
  return dir;
}

/** The names in a folder: nothing may be left behind (a temporary file) by a failed write. */
export function names(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}
