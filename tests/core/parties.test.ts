/**
 * Performers and speakers (src/core/event/parties.ts): real documents first (tests/fixtures/real/,
 * sources in SOURCES.md), then synthetic edge cases, labelled as such.
 */
import { expect } from '@open-wc/testing';
import { parseEvent } from '../../src/data.js';
import type { EventModel, ParseResult } from '../../src/core/event/model.js';

function ok(result: ParseResult): EventModel {
  if (!result.ok) throw new Error(`expected an event, got ${JSON.stringify(result.problem)}`);
  return result.event;
}
const real = async (file: string, options?: Record<string, unknown>) =>
  ok(parseEvent(await (await fetch(`/tests/fixtures/real/${file}`)).text(), options));
const event = (extra: Record<string, unknown>) => ({
  '@type': 'Event',
  name: 'Talks',
  startDate: '2027-03-01',
  ...extra,
});

describe('performers: real documents', () => {
  it('006 Songkick: a MusicGroup is a performing group, linked to its sameAs page', async () => {
    const e = await real('006-songkick-elysian-fields-owl.json');
    expect(e.performers).to.deep.equal([
      {
        type: 'PerformingGroup',
        name: 'Elysian Fields',
        url: 'http://www.songkick.com/artists/236156-elysian-fields?utm_medium=organic&utm_source=microformat',
        logo: undefined,
        image: undefined,
        jobTitle: undefined,
        affiliation: undefined,
        role: undefined,
        id: undefined,
      },
    ]);
  });

  it('007 and 008 Songkick: a headliner and its support acts, in order', async () => {
    const e7 = await real('007-extruct-output-songkick-elysianfields.json', { eventIndex: 1 });
    expect(e7.performers.map((p) => [p.type, p.name])).to.deep.equal([
      ['PerformingGroup', 'Elysian Fields'],
      ['PerformingGroup', 'Chocolate Genius Inc.'],
    ]);
    const e8 = await real('008-songkick-years-and-years-nested-arrays.json');
    expect(e8.performers.map((p) => p.name)).to.deep.equal(['Years & Years', 'Shamir']);
  });

  it('043 Lisboa em Tango: a PerformingGroup performer of a nested DanceEvent', async () => {
    const e = await real('043-lisboaemtango-pt-org-nested-danceevent.json');
    expect(e.performers.map((p) => [p.type, p.name])).to.deep.equal([
      ['PerformingGroup', "Os melhores professores e DJ's de Lisboa"],
    ]);
  });

  it('035 SITCON: the performer is the organizer, an Organization with its url and logo', async () => {
    const e = await real('035-sitcon-zh-eventvenue-offers.json');
    expect(e.performers).to.have.length(1);
    expect(e.performers[0]).to.include({
      type: 'Organization',
      name: 'SITCON 學生計算機年會',
      url: 'https://sitcon.org',
      logo: 'https://sitcon.org/2022/imgs/logo.png',
    });
  });

  it('045 mpj.io: the same Person performs at every event, linked to his url (not a sameAs)', async () => {
    for (const i of [0, 5, 20]) {
      const e = await real('045-mpj-itemlist-listitem-talks.json', { eventIndex: i });
      expect(e.performers.map((p) => [p.type, p.name, p.url])).to.deep.equal([
        ['Person', 'Abdu Mappuji', 'https://mpj.io'],
      ]);
    }
  });

  it('002 extruct microdata: the events listed under a MusicGroup have the group as their performer', async () => {
    for (const i of [0, 1]) {
      const e = await real('002-extruct-microdata-musicgroup-events.json', { eventIndex: i });
      expect(e.performers.map((p) => [p.type, p.name, p.image])).to.deep.equal([
        ['PerformingGroup', 'Foo Fighters', 'http://www.example.com/foofighters-1.jpg'],
      ]);
    }
  });

  it('024 schema.org issue 1817: performers given as text are organizations by name', async () => {
    const e = await real('024-schemaorg-issue1817-performer-strings.json');
    expect(e.performers.map((p) => [p.type, p.name])).to.deep.equal([
      ['Organization', 'Miami Heat'],
      ['Organization', 'Philadelphia 76ers'],
    ]);
  });

  it('037 Facebook: the legacy plural "performers", empty, gives no performer', async () => {
    expect((await real('037-facebook-cs-escaped-at-performers.json')).performers).to.deep.equal([]);
  });

  it('009 Artsdata: a Person with an @id and only sameAs links to the sameAs', async () => {
    const e = await real('009-artsdata-osm-eventseries-context-aliases.json');
    expect(e.performers.map((p) => [p.type, p.name, p.url, p.id])).to.deep.equal([
      [
        'Person',
        'Alexandra Stréliski',
        'http://kg.artsdata.ca/resource/K12-273',
        'http://capacitor.culturecreates.com/3b050925-bd74-4fc5-a8f1-c20bd62f6685',
      ],
    ]);
  });
});

describe('performers: synthetic edge cases', () => {
  it('(synthetic) reads the roleName of a Role / PerformanceRole wrapper, and the party inside it', () => {
    const e = ok(
      parseEvent(
        event({
          performer: [
            { '@type': 'PerformanceRole', roleName: 'Keynote', performer: { '@type': 'Person', name: 'Ada' } },
            { '@type': 'Role', roleName: 'Moderator', performer: [{ '@type': 'Person', name: 'Bo' }, 'Cy'] },
            { '@type': 'Person', name: 'Di' },
          ],
        }),
      ),
    );
    expect(e.performers.map((p) => [p.name, p.role])).to.deep.equal([
      ['Ada', 'Keynote'],
      ['Bo', 'Moderator'],
      ['Cy', 'Moderator'],
      ['Di', undefined],
    ]);
  });

  it('(synthetic) a role inside a role is not followed, and a role without its party is nameless', () => {
    const r = parseEvent(
      event({
        performer: [
          { '@type': 'Role', performer: { '@type': 'Role', performer: { name: 'Deep' } } },
          { '@type': 'Role', roleName: 'Host' },
        ],
      }),
    );
    expect(ok(r).performers).to.deep.equal([]);
    expect(r.warnings.map((w) => [w.path, w.code])).to.deep.equal([
      ['performer[0].performer', 'partyNoName'],
      ['performer[1]', 'partyNoName'],
    ]);
  });

  it("(synthetic) a venue's or an organization's event list does not make it the performer; a band's does, unless the event names its own", () => {
    const listed = (type: string, performer?: unknown) =>
      ok(parseEvent({ '@type': type, name: 'Holder', event: [event(performer ? { performer } : {})] })).performers;
    expect(listed('MusicVenue')).to.deep.equal([]);
    expect(listed('Organization')).to.deep.equal([]);
    expect(listed('DanceGroup').map((p) => p.name)).to.deep.equal(['Holder']);
    expect(listed('MusicGroup', 'Guest').map((p) => p.name)).to.deep.equal(['Guest']);
  });

  it('(synthetic) a javascript: url or sameAs is dropped with a warning: no link', () => {
    const r = parseEvent(
      event({
        performer: [
          { '@type': 'Person', name: 'Eve', url: 'javascript:alert(1)' },
          { '@type': 'MusicGroup', name: 'Mallory', sameAs: 'javascript:alert(2)' },
        ],
      }),
    );
    expect(ok(r).performers.map((p) => p.url)).to.deep.equal([undefined, undefined]);
    expect(r.warnings.map((w) => [w.path, w.code])).to.deep.equal([
      ['performer[0].url', 'badLink'],
      ['performer[1].sameAs', 'badLink'],
    ]);
  });

  it('(synthetic) reads the legacy plural "performers" of the event and of its sessions', () => {
    const e = ok(
      parseEvent(
        event({
          performers: { '@type': 'DanceGroup', name: 'Troupe' },
          subEvent: [{ name: 'Solo', performers: [{ '@type': 'Person', givenName: 'Ann', familyName: 'Lee' }] }],
        }),
      ),
    );
    expect(e.performers.map((p) => [p.type, p.name])).to.deep.equal([['PerformingGroup', 'Troupe']]);
    expect(e.subEvents[0].performers.map((p) => [p.type, p.name])).to.deep.equal([['Person', 'Ann Lee']]);
  });

  it('(synthetic) an organizer with a sameAs keeps no link from it (only performers link to sameAs)', () => {
    const e = ok(parseEvent(event({ organizer: { name: 'Org', sameAs: 'https://example.org/org' } })));
    expect(e.organizers[0].url).to.equal(undefined);
  });
});
