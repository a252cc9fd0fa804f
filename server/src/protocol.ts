/**
 * Custom messages between client and server, declared once and imported by both
 * (as vscode-eslint does), so their names and shapes cannot drift apart.
 */
// A CommonJS import: see server.ts.
import protocol = require('vscode-languageserver-protocol');

import type { DocumentStats, ReportStats as CoreReportStats } from './core/features/stats';
import type { FileRefusal, FolderEntry } from './runtime';

/**
 * The languages the server is started for: reports proper, plus Markdown and plain text, which it serves only
 * when they look like a report (workreport.detect). The client's document selector is built from this list.
 */
export const SERVED_LANGUAGES: readonly string[] = ['workreport', 'markdown', 'plaintext'];

export function isServedLanguage(languageId: string): boolean {
  return SERVED_LANGUAGES.includes(languageId);
}

export interface StatsParams {
  readonly uri: string;
}

/** A report's 字数 and headings (core), and what it is checked against: the status bar and the language status show them. */
export interface ReportStats extends CoreReportStats {
  /** The profile the report is checked against: the configured one, else the kind its title names. */
  readonly profile?: string;
  /** The session year its years are checked against: configured, else from its date line or title. */
  readonly sessionYear?: number;
}

export interface StatsResult extends DocumentStats {
  readonly reports: ReportStats[];
  /** The URI of the .workreportrc.json that applies, null when none does; servers that do not say leave it out. */
  readonly configFile?: string | null;
}

export const StatsRequest = new protocol.RequestType<StatsParams, StatsResult | null, void>('workreport/stats');

export interface DraftNextYearParams {
  readonly uri: string;
}

export interface DraftNextYearResult {
  readonly text: string;
  readonly sessionYear?: number;
}

export const DraftNextYearRequest = new protocol.RequestType<DraftNextYearParams, DraftNextYearResult | null, void>('workreport/draftNextYear');

export interface ReadFileParams {
  readonly uri: string;
  /** The most bytes the server takes (its own cap for this kind of file); a larger file is refused as too large. */
  readonly maxBytes?: number;
}

/** The text; a refusal when the file is there but not read (as the Node runtime's FileRefusal); null when there is none or it cannot be read. */
export type ReadFileResult = string | FileRefusal | null;

/**
 * A file read by the client for a server that has no file system of its own (the server in a browser worker, on
 * vscode.dev and github.dev). The client reads only what the server may need (client/src/fileRequests.ts): a
 * .workreportrc.json, and last year's report — a .md or .txt file of a workspace folder beside a document it
 * serves, or the one workreport.previousReport names — under CLIENT_READ_LIMITS; anything else is null.
 */
export const ReadFileRequest = new protocol.RequestType<ReadFileParams, ReadFileResult, void>('workreport/readFile');

export interface ListFolderParams {
  readonly uri: string;
  /** Entries of the folder read at most (a folder of a million files costs no more than one of maxEntries). */
  readonly maxEntries: number;
  /** Lower case, with the dot; the client lists .md and .txt files at most, whatever is asked. */
  readonly extensions: readonly string[];
}

/**
 * The regular files of a folder (not symlinks) by name, with their sizes and modification times, listed by the
 * client for the server in a browser worker: only the folder of a document the client serves, inside a
 * workspace folder; null for any other folder or one that cannot be read.
 */
export const ListFolderRequest = new protocol.RequestType<ListFolderParams, FolderEntry[] | null, void>('workreport/listFolder');

/**
 * The most the client reads or lists for the server, whatever it asks: the caps of the server's own reader of
 * last year's report (lsp/previousReport.ts takes them from here).
 */
export const CLIENT_READ_LIMITS = { reportBytes: 2_000_000, folderEntries: 1000 } as const;
/** The files the client reads as reports for the server: the extensions previousReport.ts looks for. */
export const REPORT_EXTENSIONS: readonly string[] = ['.md', '.txt'];

/** Server-side command behind 工作报告：重新编号: arguments [uri, range?]. */
export const RENUMBER_COMMAND = 'workreport.server.renumber';
/** The client command a 字数 code lens runs. */
export const SHOW_STATS_COMMAND = 'workreport.showStats';
export { RULES_DOC_URL } from './core/docs';

/**
 * How the client starts the server (the benchmark starts it the same way): --expose-gc lets the server
 * collect once the author has closed large reports, and the young generation is a fixed 4 MB per semi-space,
 * which V8 would otherwise grow under large reports and keep (docs/performance.md has the measurements).
 */
export const SERVER_EXEC_ARGV = ['--expose-gc', '--min-semi-space-size=4', '--max-semi-space-size=4'];

/**
 * The environment the client gives the server on top of its own (vscode-languageclient copies the extension
 * host's environment and assigns these over it; Node leaves out a variable whose value is undefined).
 * NODE_EXTRA_CA_CERTS, which company networks set for their proxies, makes Node read and parse that
 * certificate bundle as the process starts, before any script runs: a large share of Node's start
 * (docs/performance.md). The server opens no network connection, so it needs no certificates.
 */
export function serverEnvironment(extra: Record<string, string> = {}): Record<string, string | undefined> {
  return { NODE_EXTRA_CA_CERTS: undefined, ...extra };
}
