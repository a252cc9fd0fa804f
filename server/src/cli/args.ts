import { parseArgs as parseNodeArgs } from 'node:util';
import { msg, type Message } from '../core/l10n/message';

/** Command-line arguments, read by node:util's parseArgs; every usage error is a message and exit 2. */
export interface CliOptions {
  command: 'check' | 'outline' | 'draft-next' | 'compare' | 'help' | 'version';
  paths: string[];
  format: 'text' | 'json' | 'sarif';
  fix: boolean;
  config?: string;
  profile?: string;
  sessionYear?: number;
  maxWarnings?: number;
  quiet: boolean;
  locale?: 'zh' | 'en';
  output?: string;
  force: boolean;
  exitZero: boolean;
  color?: boolean;
}

export class UsageError extends Error {
  constructor(readonly reason: Message) {
    super(reason.text);
  }
}

const OPTIONS = {
  format: { type: 'string' },
  config: { type: 'string' },
  profile: { type: 'string' },
  'session-year': { type: 'string' },
  'max-warnings': { type: 'string' },
  locale: { type: 'string' },
  output: { type: 'string', short: 'o' },
  fix: { type: 'boolean' },
  force: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'exit-zero': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Name = keyof typeof OPTIONS;
const COMMANDS = new Set(['check', 'outline', 'draft-next', 'compare', 'help']);

/**
 * node:util's parseArgs in its lenient mode, for the tokens: its strict mode's errors are English sentences,
 * and ours are messages. `--` ends the options (`check -- -dash.md`).
 */
export function parseArgs(argv: readonly string[]): CliOptions {
  const args = [...argv];
  const command = args[0] !== undefined && COMMANDS.has(args[0]) ? (args.shift() as CliOptions['command']) : 'check';
  const o: CliOptions = { command, paths: [], format: 'text', fix: false, quiet: false, force: false, exitZero: false };
  const { tokens } = parseNodeArgs({ args, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  for (const t of tokens) {
    if (t.kind === 'positional') o.paths.push(t.value);
    if (t.kind !== 'option') continue;
    if (!Object.prototype.hasOwnProperty.call(OPTIONS, t.name)) throw unknownOption(args[t.index]);
    const name = t.name as Name;
    const spec = OPTIONS[name];
    if (spec.type === 'boolean') {
      if (t.value !== undefined) throw new UsageError(msg('{0} takes no value', t.rawName));
      setFlag(o, name);
      continue;
    }
    // A value is given as `--format json`, `--format=json` or `-ojson`; `--format --fix` forgot it.
    if (t.value === undefined || (!t.inlineValue && t.value.startsWith('-') && t.value !== '-')) {
      throw new UsageError(msg('{0} needs a value', t.rawName));
    }
    setValue(o, name, t.value);
  }
  return o;
}

function unknownOption(raw: string): UsageError {
  // `check -dash.md`: a file whose name starts with - is reached after -- or as ./-dash.md.
  return new UsageError(raw.includes('.') ? msg('unknown option {0} (for a file of that name: -- {0} or ./{0})', raw) : msg('unknown option {0}', raw));
}

function setFlag(o: CliOptions, name: Name): void {
  switch (name) {
    case 'fix': o.fix = true; break;
    case 'force': o.force = true; break;
    case 'quiet': o.quiet = true; break;
    case 'exit-zero': o.exitZero = true; break;
    case 'color': o.color = true; break;
    case 'no-color': o.color = false; break;
    case 'help': o.command = 'help'; break;
    case 'version': o.command = 'version'; break;
  }
}

function setValue(o: CliOptions, name: Name, value: string): void {
  switch (name) {
    case 'format':
      if (value !== 'text' && value !== 'json' && value !== 'sarif') throw new UsageError(msg('--format must be text, json or sarif'));
      o.format = value;
      break;
    case 'config': o.config = value; break;
    case 'profile': o.profile = value; break;
    case 'output': o.output = value; break;
    case 'session-year': {
      const y = Number(value);
      if (!/^\d{4}$/.test(value) || y < 1950 || y > 2199) throw new UsageError(msg('--session-year takes a four-digit year'));
      o.sessionYear = y;
      break;
    }
    case 'max-warnings': {
      if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) throw new UsageError(msg('--max-warnings takes a whole number'));
      o.maxWarnings = Number(value);
      break;
    }
    case 'locale': {
      const l = value.toLowerCase();
      if (!l.startsWith('zh') && !l.startsWith('en')) throw new UsageError(msg('--locale must be zh or en'));
      o.locale = l.startsWith('zh') ? 'zh' : 'en';
      break;
    }
  }
}

/**
 * The --locale given on a command line that failed to parse, so its usage error is in that language (the
 * environment's otherwise).
 */
export function localeFlag(argv: readonly string[]): 'zh' | 'en' | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    const v = argv[i] === '--locale' ? argv[i + 1] : argv[i].startsWith('--locale=') ? argv[i].slice(9) : undefined;
    if (v?.toLowerCase().startsWith('zh')) return 'zh';
    if (v?.toLowerCase().startsWith('en')) return 'en';
  }
  return undefined;
}

export const HELP = `workreport — 工作报告助手 / checks Chinese annual work reports

Usage / 用法:
  workreport check [paths or globs…]   check .md/.txt reports (folders recurse; "!glob" ignores)
  workreport outline FILE              print the report's tree with 字数
  workreport draft-next FILE -o OUT    start next year's draft from this year's report
  workreport compare LAST THIS         which paragraphs of THIS year's review report on each task of LAST year's plan

Options / 选项 (check):
  --format text|json|sarif   output format (default text)
  --fix                      apply all safe fixes in place, print each change, then report what is left
  --config FILE              use this .workreportrc.json instead of looking upward
  --profile ID               npc | cppcc | government | court | procuratorate | generic
  --session-year YYYY        the session year Y (review Y-1, plan Y)
  --max-warnings N           exit 1 when there are more than N warnings
  --quiet, -q                report errors only
  --locale zh|en             message language (default: Chinese, English when LANG says en)
  --exit-zero                exit 0 even when problems are found
  --                         ends the options: workreport check -- -draft.md
  --format json|text         (outline) tree as text or JSON
  -o, --output FILE          (draft-next) write the draft there; never over an existing file
  --force                    (draft-next) replace an existing -o file
  --format text|json         (compare) a table, or [{"item": {line, name}, "matches": [{line, name, score}]}]

Exit codes / 退出码: 0 clean, 1 errors (or too many warnings), 2 usage, config or I/O error.
  compare exits 0 when tasks are unanswered too (the list is information, not an error); 2 when it cannot
  compare (a file unreadable, LAST without an annual plan part, THIS without an annual review part).`;
