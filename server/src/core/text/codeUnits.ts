/**
 * A host's fast copy of a string's UTF-16 code units: writes every unit of `text`, little-endian, at the start of
 * `into` (which has room for them all), and nothing past them. Node's `Buffer#write(text, 'utf16le')` does it
 * natively (server/src/node/codeUnits.ts); a browser worker has none, and the core then reads the string itself.
 * Passed explicitly with the text it is to read (parseReport's options), never kept in module state.
 */
export type CodeUnitWriter = (text: string, into: Uint8Array) => void;

/** How a document's text may be read faster by the host it is parsed in. */
export interface ParseOptions {
  /** See CodeUnitWriter: the mark index reads the units two at a time through it (docs/performance.md). */
  readonly codeUnits?: CodeUnitWriter;
}
