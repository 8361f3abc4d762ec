/** The whole library: registers every element. The entry of `dist/event-embed.js`. */
import './elements/event-card/define.js';

export * from './classes.js';
