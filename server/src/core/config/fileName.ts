/**
 * The project's configuration file, looked for upward from a report by the editor, the language server and the
 * CLI. A module of its own, with no imports, so the client can name the file without bundling the config parser.
 */
export const CONFIG_FILE_NAME = '.workreportrc.json';
