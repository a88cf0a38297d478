import pkg from '../package.json' with { type: 'json' };

/** The CLI's version, from its package.json at build time. */
export const CLI_VERSION: string = pkg.version;
