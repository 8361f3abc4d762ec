/** Registers `<event-announcement>` and the four elements it is made of. */
import { define } from '../../core/define.js';
import '../event-agenda/define.js';
import '../event-card/define.js';
import '../event-gallery/define.js';
import '../event-organizers/define.js';
import { EventAnnouncement } from './event-announcement.js';

define('event-announcement', EventAnnouncement);

export { EventAnnouncement };
