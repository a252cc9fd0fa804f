import type { DocumentSelector } from 'vscode-languageclient';

/** Reports proper, plus markdown and plain text, which the server serves only when they look like a report (workreport.detect). */
export const DOCUMENT_SELECTOR: DocumentSelector = [
  { language: 'workreport' },
  { language: 'markdown' },
  { language: 'plaintext' },
];

export function isServedLanguage(languageId: string): boolean {
  return languageId === 'workreport' || languageId === 'markdown' || languageId === 'plaintext';
}
