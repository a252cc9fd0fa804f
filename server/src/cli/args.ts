/** Command-line arguments: a small parser, so the CLI has no dependency beyond the core. */
export interface CliOptions {
  command: 'check' | 'outline' | 'draft-next' | 'help' | 'version';
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
  exitZero: boolean;
  color?: boolean;
}

export class UsageError extends Error {}

const VALUE_OPTIONS = new Set(['--format', '--config', '--profile', '--session-year', '--max-warnings', '--locale', '-o', '--output']);

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = { command: 'check', paths: [], format: 'text', fix: false, quiet: false, exitZero: false };
  const args = [...argv];
  if (args[0] && !args[0].startsWith('-')) {
    const c = args.shift()!;
    if (c === 'check' || c === 'outline' || c === 'draft-next' || c === 'help') o.command = c;
    else args.unshift(c);
  }
  for (let i = 0; i < args.length; i++) {
    let a = args[i];
    let value: string | undefined;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      value = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const need = () => {
      if (value !== undefined) return value;
      if (i + 1 >= args.length) throw new UsageError(`${a} needs a value / ${a} 需要一个值`);
      return args[++i];
    };
    if (!a.startsWith('-') || a === '-') { o.paths.push(a); continue; }
    if (VALUE_OPTIONS.has(a) || a === '--fix' || a === '--quiet' || a === '-q' || a === '--help' || a === '-h' || a === '--version' || a === '-v' || a === '--exit-zero' || a === '--color' || a === '--no-color') {
      switch (a) {
        case '--format': {
          const f = need();
          if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`--format must be text, json or sarif / --format 应为 text、json 或 sarif`);
          o.format = f;
          break;
        }
        case '--config': o.config = need(); break;
        case '--profile': o.profile = need(); break;
        case '--session-year': {
          const y = Number(need());
          if (!Number.isInteger(y) || y < 1950 || y > 2199) throw new UsageError('--session-year takes a four-digit year / --session-year 应为四位年份');
          o.sessionYear = y;
          break;
        }
        case '--max-warnings': {
          const n = Number(need());
          if (!Number.isInteger(n) || n < 0) throw new UsageError('--max-warnings takes a whole number / --max-warnings 应为非负整数');
          o.maxWarnings = n;
          break;
        }
        case '--locale': {
          const l = need().toLowerCase();
          if (!l.startsWith('zh') && !l.startsWith('en')) throw new UsageError('--locale must be zh or en / --locale 应为 zh 或 en');
          o.locale = l.startsWith('zh') ? 'zh' : 'en';
          break;
        }
        case '-o': case '--output': o.output = need(); break;
        case '--fix': o.fix = true; break;
        case '--quiet': case '-q': o.quiet = true; break;
        case '--exit-zero': o.exitZero = true; break;
        case '--color': o.color = true; break;
        case '--no-color': o.color = false; break;
        case '--help': case '-h': o.command = 'help'; break;
        case '--version': case '-v': o.command = 'version'; break;
      }
      continue;
    }
    throw new UsageError(`unknown option ${a} / 未知选项 ${a}`);
  }
  return o;
}

export const HELP = `workreport — 工作报告助手 / checks Chinese annual work reports

Usage / 用法:
  workreport check [paths or globs…]   check .md/.txt reports (folders recurse)
  workreport outline FILE              print the report's tree with 字数
  workreport draft-next FILE -o OUT    start next year's draft from this year's report

Options / 选项 (check):
  --format text|json|sarif   output format (default text)
  --fix                      apply all safe fixes in place, then report what is left
  --config FILE              use this .workreportrc.json instead of looking upward
  --profile ID               npc | cppcc | government | court | procuratorate | generic
  --session-year YYYY        the session year Y (review Y-1, plan Y)
  --max-warnings N           exit 1 when there are more than N warnings
  --quiet, -q                report errors only
  --locale zh|en             message language (default: from LANG)
  --exit-zero                exit 0 even when problems are found
  --format json|text         (outline) tree as text or JSON

Exit codes / 退出码: 0 clean, 1 errors (or too many warnings), 2 usage, config or I/O error.`;
