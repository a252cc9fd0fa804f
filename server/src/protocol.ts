/**
 * Custom messages between client and server, declared once and imported by both
 * (as vscode-eslint does), so their names and shapes cannot drift apart.
 */
// A CommonJS import: see server.ts.
import protocol = require('vscode-languageserver-protocol');

export interface StatsParams {
  readonly uri: string;
}

export interface ReportStats {
  readonly title: string;
  readonly words: number;
  readonly parts: number;
  readonly sections: number;
}

export interface StatsResult {
  /** 字数 of the whole document: Chinese characters, letters and digits. */
  readonly words: number;
  readonly reports: ReportStats[];
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
