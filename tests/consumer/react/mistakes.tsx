// Mistakes in React 19: each line after a directive must be an error (the check also removes
// the directives and expects an error on exactly those lines).
import 'event-embed';

export function Announcement() {
  return (
    <>
      {/* @ts-expect-error an attribute the card does not have */}
      <event-card evnt={{ name: 'x' }} />
      {/* @ts-expect-error a theme that does not exist */}
      <event-card theme="purple" />
      {/* @ts-expect-error a gallery layout that does not exist */}
      <event-gallery layout="masonry" />
      {/* @ts-expect-error `lang` is text */}
      <event-card lang={42} />
      {/* @ts-expect-error `state` is read-only */}
      <event-card state="ready" />
      <event-card
        // @ts-expect-error a load event has no detail.message
        onevent-embed-load={(e) => console.log(e.detail.message)}
        // @ts-expect-error an error event has no detail.event
        onevent-embed-error={(e) => console.log(e.detail.event)}
      />
    </>
  );
}
