// Correct uses in React 19: must type-check with no error.
import 'event-embed';
import { useRef } from 'react';
import type { EventCard, EventEmbedLoadEvent } from 'event-embed/classes';
import { parseEvent, problemMessage } from 'event-embed/data';

const seed = { '@type': 'Event', name: 'Round table', startDate: '2027-10-23T15:00:00+03:00' };

export function Announcement() {
  const card = useRef<EventCard>(null);
  const onLoad = (e: EventEmbedLoadEvent) => console.log(e.detail.event.name, e.warnings.length);
  return (
    <>
      <event-card
        ref={card}
        event={seed}
        lang="ru"
        theme="dark"
        heading-level={3}
        no-calendar
        structured-data
        className="announcement"
        onevent-embed-load={onLoad}
        onevent-embed-error={(e) => console.error(e.detail.message, e.message)}
      />
      <event-card event={JSON.stringify(seed)} theme={null} />
      <event-agenda src="/events/round-table.jsonld" viewer-time now={Date.UTC(2027, 9, 23)} />
      <event-organizers layout="marquee" roles="organizer sponsor" show-names monochrome />
      <event-gallery layout="rows" limit={6} src="#round-table" />
      <event-announcement sections="card agenda" heading-level="2" />
    </>
  );
}

const result = parseEvent(seed);
export const words: string = result.ok
  ? result.event.name
  : `${result.problem.message} ${problemMessage(result.problem, 'de')}`;
