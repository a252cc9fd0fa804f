/** A replacement of [start, end) by newText, in document offsets (UTF-16 code units). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}
