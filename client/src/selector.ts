import type { DocumentSelector } from 'vscode-languageclient';

/** Reports proper, plus markdown and plain text, which the server serves only when they look like a report (workreport.detect). */
export const SERVED_LANGUAGES = ['workreport', 'markdown', 'plaintext'] as const;

export const DOCUMENT_SELECTOR: DocumentSelector = SERVED_LANGUAGES.map((language) => ({ language }));

export function isServedLanguage(languageId: string): boolean {
  return (SERVED_LANGUAGES as readonly string[]).includes(languageId);
}
