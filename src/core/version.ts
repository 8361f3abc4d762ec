/** The library's version, compared on registration when two copies meet on one page. */
export const VERSION = '0.1.0';
