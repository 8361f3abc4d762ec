/** The whole library: registers every element. The entry of `dist/event-embed.js`. */
import './elements/event-card/define.js';
import './elements/event-announcement/define.js';
import './elements/event-gallery/define.js';
import './elements/event-agenda/define.js';
import './elements/event-organizers/define.js';

export * from './classes.js';
