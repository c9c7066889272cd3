/** The package version, compared when a second copy of the element is loaded on a page. Kept equal to package.json by a test. */
export const VERSION = '0.1.0';
