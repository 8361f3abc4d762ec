/**
 * The lenient readers: what real sites publish beyond plain JSON-LD, one module per concern.
 * Loaded only for documents that need them (see `needsLenient` in ../normalize.ts): pages
 * whose data is plain JSON-LD never download them.
 */
export { shape } from './shapes.js';
export { find } from './containers.js';
export { references } from './references.js';
export { text, choseLanguage } from './languages.js';
export { plain } from './html-text.js';
export { timing } from '../schedule.js';
export { media } from './media.js';
