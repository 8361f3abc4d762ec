/** Registers `<event-organizers>` (safely: see core/define.ts). */
import { define } from '../../core/define.js';
import { EventOrganizers } from './event-organizers.js';

define('event-organizers', EventOrganizers);

export { EventOrganizers };
