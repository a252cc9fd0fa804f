/**
 * The product's version as package.json states it: esbuild.mjs defines WORKREPORT_VERSION in every bundle,
 * so the server's serverInfo, the CLI's --version and the SARIF driver cannot drift from the .vsix. Code
 * compiled by tsc alone (the tests under out/) has no such definition and says 0.0.0.
 */
declare const WORKREPORT_VERSION: string | undefined;

/** package.json's version in a bundle; undefined in code compiled by tsc alone. */
export const BUNDLED_VERSION: string | undefined = typeof WORKREPORT_VERSION === 'string' ? WORKREPORT_VERSION : undefined;

export const VERSION: string = BUNDLED_VERSION ?? '0.0.0';
