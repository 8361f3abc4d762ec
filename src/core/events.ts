import type { EventModel, Warning } from './event/model.js';

/** Fired when an element has its event data and has rendered it. Bubbles, composed. */
export class EventEmbedLoadEvent extends Event {
  constructor(
    readonly event: EventModel,
    readonly warnings: Warning[],
  ) {
    super('event-embed-load', { bubbles: true, composed: true });
  }
  /** The same as the properties, for listeners that read `detail` as with a CustomEvent. */
  get detail() {
    return { event: this.event, warnings: this.warnings };
  }
}

/** Fired when an element cannot show its event. `detail.message` is the sentence it shows. */
export class EventEmbedErrorEvent extends Event {
  constructor(readonly message: string) {
    super('event-embed-error', { bubbles: true, composed: true });
  }
  get detail() {
    return { message: this.message };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'event-embed-load': EventEmbedLoadEvent;
    'event-embed-error': EventEmbedErrorEvent;
  }
}
