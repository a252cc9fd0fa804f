/**
 * The product's version as package.json states it: esbuild.mjs defines WORKREPORT_VERSION in every bundle,
 * so the server's serverInfo, the CLI's --version and the SARIF driver cannot drift from the .vsix. Code
 * compiled by tsc alone (the tests under out/) has no such definition and says 0.0.0.
 */
declare const WORKREPORT_VERSION: string | undefined;

export const VERSION: string = typeof WORKREPORT_VERSION === 'string' ? WORKREPORT_VERSION : '0.0.0';
