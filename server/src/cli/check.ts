import * as path from 'path';
import { NODE_PARSE } from '../node/codeUnits';
import { parseReport } from '../core/parse/parser';
import { check } from '../core/features/check';
import { resolveConfig, type WorkreportConfig } from '../core/config/config';
import { sectionFor } from '../core/config/fileSections';
import { positionOf } from '../core/text/position';
import type { Severity } from '../core/lint/types';
import type { Translator } from '../core/l10n/message';
import { replaceFile } from '../node/safeWrite';
import { encodeReport, readReport, type ReportFile } from './files';
import { fixWithChanges, type Change } from './fixes';
import type { ConfigLookup } from './configFile';

export interface Problem {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  /** 1-based; columns in UTF-16 code units, as editors and SARIF count them. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** `--fix` fixes it. */
  readonly fixable: boolean;
  /** Only the editor's quick fix, which a person chooses: `--fix` leaves it alone. */
  readonly quickFix: boolean;
}

export interface FileResult {
  readonly file: string;
  /** Relative to the working directory, with '/' separators (SARIF artifact URIs). */
  readonly relative: string;
  readonly problems: Problem[];
  /** Set when the file could not be read as a report: it was not checked. */
  readonly skipped?: string;
  /** What `--fix` changed (and wrote). */
  readonly changes?: Change[];
  /** Why `--fix` wrote nothing although it had changes; the problems are those of the unchanged file. */
  readonly fixError?: string;
}

export interface CheckSettings {
  readonly tr: Translator;
  readonly fix: boolean;
  readonly overrides: WorkreportConfig;
  readonly lookup: ConfigLookup;
  readonly cwd: string;
}

/** How output names a file: relative to the working directory below it, absolute elsewhere (/dev/zero). */
export function relativeName(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return file;
  return rel.split(path.sep).join('/') || path.basename(file);
}

/** Applies the fixes and writes them through the one safe write path; the text now on disk. */
function fixFile(read: ReportFile, config: ReturnType<typeof resolveConfig>, tr: Translator): { text: string; changes?: Change[]; fixError?: string } {
  const fixed = fixWithChanges(read.text, config);
  if (fixed.text === read.text) return { text: read.text };
  const written = replaceFile(read.snapshot, encodeReport(fixed.text, read.layout));
  if (!written.ok) return { text: read.text, fixError: tr(written.reason) };
  return { text: fixed.text, changes: fixed.changes };
}

export function checkFile(file: string, s: CheckSettings): FileResult {
  const relative = relativeName(file, s.cwd);
  const read = readReport(file);
  if (!read.ok) return { file, relative, problems: [], skipped: s.tr(read.reason) };
  const loaded = s.lookup.forFile(file);
  // The file's own section of .workreportrc.json's "files", keyed by its path from that file's folder, as in the editor.
  const key = loaded.file && path.relative(path.dirname(loaded.file), path.resolve(file)).split(path.sep).join('/');
  const config = resolveConfig(loaded.config, sectionFor(loaded.config.files, key || undefined), s.overrides);
  const { text, changes, fixError } = s.fix ? fixFile(read.value, config, s.tr) : { text: read.value.text };
  const doc = parseReport(text, NODE_PARSE);
  const problems = check(doc, config).map((f): Problem => {
    const start = positionOf(doc.lines, f.start);
    const end = positionOf(doc.lines, f.end);
    const fixable = f.fixes.some((x) => x.all);
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      message: s.tr(f.message),
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      fixable,
      quickFix: !fixable && f.fixes.length > 0,
    };
  });
  return { file, relative, problems, changes, fixError };
}
