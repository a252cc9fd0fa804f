/**
 * Custom messages between client and server, declared once and imported by both
 * (as vscode-eslint does), so their names and shapes cannot drift apart.
 */
import { RequestType } from 'vscode-languageserver-protocol';

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

export const StatsRequest = new RequestType<StatsParams, StatsResult | null, void>('workreport/stats');

export interface DraftNextYearParams {
  readonly uri: string;
}

export interface DraftNextYearResult {
  readonly text: string;
  readonly sessionYear?: number;
}

export const DraftNextYearRequest = new RequestType<DraftNextYearParams, DraftNextYearResult | null, void>('workreport/draftNextYear');

/** Server-side command behind 工作报告：重新编号: arguments [uri, range?]. */
export const RENUMBER_COMMAND = 'workreport.server.renumber';
/** The client command a 字数 code lens runs. */
export const SHOW_STATS_COMMAND = 'workreport.showStats';
export { RULES_DOC_URL } from './core/docs';

/**
 * How the client starts the server (the benchmark starts it the same way): --expose-gc lets the server
 * collect once the author has closed large reports; a 2 MB young generation keeps the heap from staying
 * grown afterwards. Together they bring memory back to within 20% of where it started (npm run bench).
 */
export const SERVER_EXEC_ARGV = ['--expose-gc', '--max-semi-space-size=2'];
