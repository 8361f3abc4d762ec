/** Registers `<event-card>` (safely: see core/define.ts). */
import { define } from '../../core/define.js';
import { EventCard } from './event-card.js';

define('event-card', EventCard);

export { EventCard };
