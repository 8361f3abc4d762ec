/** Registers `<event-agenda>` (safely: see core/define.ts). */
import { define } from '../../core/define.js';
import { EventAgenda } from './event-agenda.js';

define('event-agenda', EventAgenda);

export { EventAgenda };
