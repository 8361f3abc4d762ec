/**
 * Every element class, without registering any tag: for hosts that register the elements under
 * names of their own, or only some of them. The data API is `event-embed/data` (src/data.ts).
 */
export { EventCard } from './elements/event-card/event-card.js';
export { EventOrganizers } from './elements/event-organizers/event-organizers.js';
export { EventAgenda } from './elements/event-agenda/event-agenda.js';
export { EventGallery } from './elements/event-gallery/event-gallery.js';
export { EventAnnouncement } from './elements/event-announcement/event-announcement.js';
export { EventEmbedElement } from './core/element.js';
export { EventEmbedErrorEvent, EventEmbedLoadEvent } from './core/events.js';
export { safeUrl } from './core/url.js';
export type * from './core/event/model.js';
export type { EventInput } from './core/event/input.js';
