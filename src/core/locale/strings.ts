import type en from './en.js';
import type enErrors from './en-errors.js';
import type enLater from './en-later.js';

type Later = typeof enLater;

/** The UI strings of a language (./<lang>.ts). */
export type UiStrings = typeof en & Later;
/** The sentences for problems with the data; English's are loaded with the first problem. */
export type ErrorStrings = typeof enErrors;
/**
 * A language, whole, key for key as English (the reference): its UI strings (./<lang>.ts) and
 * its problem sentences (./errors/<lang>.ts, loaded only when some data has a problem).
 */
export type Strings = UiStrings & ErrorStrings;
/**
 * A language's strings as a widget has them: English's built-in ones lack the strings of the
 * parts that load on demand (they bring them: ./en-later.ts) and the problem sentences.
 */
export type Loaded = typeof en & {
  [K in keyof Later]?: Later[K] extends string ? string : Partial<Later[K]>;
} & Partial<ErrorStrings>;
