import * as path from 'path';
import { parseReport } from '../core/parse/parser';
import { check, fixText } from '../core/features/check';
import { resolveConfig, type WorkreportConfig } from '../core/config/config';
import { sectionFor } from '../core/config/fileSections';
import { positionOf } from '../core/text/position';
import type { Severity } from '../core/lint/types';
import type { Translator } from '../core/l10n/message';
import { readReport, writeAtomically } from './files';
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
  readonly fixable: boolean;
}

export interface FileResult {
  readonly file: string;
  /** Relative to the working directory, with '/' separators (SARIF artifact URIs). */
  readonly relative: string;
  readonly problems: Problem[];
  /** Set when the file could not be read as a report. */
  readonly skipped?: string;
  readonly fixed?: number;
}

export interface CheckSettings {
  readonly tr: Translator;
  readonly fix: boolean;
  readonly overrides: WorkreportConfig;
  readonly lookup: ConfigLookup;
  readonly cwd: string;
}

export function checkFile(file: string, s: CheckSettings): FileResult {
  const relative = path.relative(s.cwd, file).split(path.sep).join('/') || path.basename(file);
  const read = readReport(file);
  if (!read.ok) return { file, relative, problems: [], skipped: s.tr(read.reason) };
  const loaded = s.lookup.forFile(file);
  // The file's own section of .workreportrc.json's "files", keyed by its path from that file's folder, as in the editor.
  const key = loaded.file && path.relative(path.dirname(loaded.file), path.resolve(file)).split(path.sep).join('/');
  const config = resolveConfig(loaded.config, sectionFor(loaded.config.files, key || undefined), s.overrides);
  let text = read.text;
  let fixed: number | undefined;
  if (s.fix) {
    const result = fixText(text, config);
    if (result.text !== text) {
      writeAtomically(file, result.text);
      fixed = result.applied;
      text = result.text;
    }
  }
  const doc = parseReport(text);
  const problems = check(doc, config).map((f): Problem => {
    const start = positionOf(doc.lines, f.start);
    const end = positionOf(doc.lines, f.end);
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      message: s.tr(f.message),
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      fixable: f.fixes.some((x) => x.all),
    };
  });
  return { file, relative, problems, fixed };
}
