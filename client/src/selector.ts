import type { DocumentSelector } from 'vscode-languageclient';
import { SERVED_LANGUAGES } from '../../server/src/protocol';

/** The server's languages (server/src/protocol.ts); Markdown and plain text are served only when they look like a report. */
export const DOCUMENT_SELECTOR: DocumentSelector = SERVED_LANGUAGES.map((language) => ({ language }));

export { SERVED_LANGUAGES, isServedLanguage } from '../../server/src/protocol';
