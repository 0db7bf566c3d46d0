/** The version of PTX Lens, filled in from package.json at build time. */
declare const PTX_LENS_VERSION: string | undefined;

export const SERVER_VERSION: string = typeof PTX_LENS_VERSION === 'string' ? PTX_LENS_VERSION : '0.0.0-dev';
