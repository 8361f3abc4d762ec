import type en from './en.js';

/** The shape of a language's UI strings: English is the reference. */
export type Strings = typeof en;
