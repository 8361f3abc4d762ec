import type en from './en.js';
import type enErrors from './en-errors.js';

/** The UI strings of a language; English's are built in. */
export type UiStrings = typeof en;
/** The sentences for problems with the data; English's are loaded with the first problem. */
export type ErrorStrings = typeof enErrors;
/** What a language module holds: both, key for key as English (the reference). */
export type Strings = UiStrings & ErrorStrings;
