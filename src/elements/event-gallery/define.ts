/** Registers `<event-gallery>` (safely: see core/define.ts). */
import { define } from '../../core/define.js';
import { EventGallery } from './event-gallery.js';

define('event-gallery', EventGallery);

export { EventGallery };
