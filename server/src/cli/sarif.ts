import * as path from 'path';
import { pathToFileURL } from 'url';
import type { ArtifactLocation, Log, Notification, ReportingDescriptor, Result } from 'sarif';
import { RULES } from '../core/rules/index';
import { TOO_LARGE_ID } from '../core/lint/engine';
import type { Severity } from '../core/lint/types';
import { RULES_DOC_URL } from '../core/docs';
import type { FileResult } from './check';
import type { Translator } from '../core/l10n/message';
import { translator } from '../core/l10n/message';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
const DEFAULT_LEVEL = (l: string): Result.level => (l === 'off' ? 'none' : l === 'error' ? 'error' : l === 'warning' ? 'warning' : 'note');
const SRCROOT = '%SRCROOT%';

/** Something the run could not do, for `invocations[].toolExecutionNotifications`. */
export interface RunNotice {
  readonly id: 'file-skipped' | 'fix-not-written' | 'path-not-found' | 'configuration';
  readonly level: Notification.level;
  readonly message: string;
  /** Absolute. */
  readonly file?: string;
}

const NOTICE_DESCRIPTORS: ReportingDescriptor[] = [
  { id: 'file-skipped', shortDescription: { text: 'A file or folder could not be read as a report and was not checked' } },
  { id: 'fix-not-written', shortDescription: { text: '--fix could not write its fixes; the file is unchanged' } },
  { id: 'path-not-found', shortDescription: { text: 'A path or glob on the command line matched nothing' } },
  { id: 'configuration', shortDescription: { text: 'A configuration file is broken or was not read' } },
];

/**
 * A file's artifact location: below the working directory a relative URI against %SRCROOT% (as GitHub code
 * scanning reads it), elsewhere a file: URI. Each path segment is percent-encoded: `a b/x#1/r 100%.md` is
 * `a%20b/x%231/r%20100%25.md`, so # does not start a fragment nor %41 stand for another file's A.
 */
export function artifactLocation(file: string, cwd: string): ArtifactLocation {
  const rel = path.relative(cwd, file);
  if (!rel || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return { uri: pathToFileURL(file).href };
  return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function driverRules(tr: Translator): ReportingDescriptor[] {
  return [...RULES.map((r): ReportingDescriptor => ({
    id: r.id,
    name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: tr(r.description) },
    fullDescription: { text: translator()(r.description) },
    helpUri: `${RULES_DOC_URL}#${r.id}`,
    defaultConfiguration: { level: DEFAULT_LEVEL(r.defaultLevel) },
    properties: { category: r.category },
  })), {
    id: TOO_LARGE_ID,
    shortDescription: { text: 'Document too large to check' },
    helpUri: `${RULES_DOC_URL}#${TOO_LARGE_ID}`,
    defaultConfiguration: { level: 'note' },
  }];
}

/** The notices of a run: what it was told about (missing paths, configuration) and each file it skipped or could not fix. */
export function noticesOf(results: readonly FileResult[], others: readonly RunNotice[]): RunNotice[] {
  return [...others, ...results.flatMap((r): RunNotice[] => [
    ...(r.skipped ? [{ id: 'file-skipped' as const, level: 'error' as const, message: r.skipped, file: r.file }] : []),
    ...(r.fixError ? [{ id: 'fix-not-written' as const, level: 'error' as const, message: r.fixError, file: r.file }] : []),
  ])];
}

function notification(n: RunNotice, cwd: string): Notification {
  return {
    level: n.level,
    message: { text: n.message },
    descriptor: { id: n.id },
    ...(n.file ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(n.file, cwd) } }] } : {}),
  };
}

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: the tool's rules with help links, results with 1-based lines
 * and columns counted in UTF-16 code units (declared by columnKind), and what the run could not do as
 * toolExecutionNotifications.
 */
export function toSarif(results: readonly FileResult[], notices: readonly RunNotice[], version: string, tr: Translator, cwd: string): Log {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'workreport',
          version,
          semanticVersion: version,
          informationUri: RULES_DOC_URL.replace(/\/blob\/.*$/, ''),
          rules: driverRules(tr),
          notifications: NOTICE_DESCRIPTORS,
        },
      },
      invocations: [{
        executionSuccessful: !notices.some((n) => n.level === 'error'),
        toolExecutionNotifications: notices.map((n) => notification(n, cwd)),
      }],
      originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd + path.sep).href } },
      columnKind: 'utf16CodeUnits',
      results: results.flatMap((r) => r.problems.map((p): Result => ({
        ruleId: p.ruleId,
        level: LEVEL[p.severity],
        message: { text: p.message },
        locations: [{
          physicalLocation: {
            artifactLocation: artifactLocation(r.file, cwd),
            region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
          },
        }],
      }))),
    }],
  };
}
