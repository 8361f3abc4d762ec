import { expect } from '@open-wc/testing';
import { parseWhen } from '../../src/core/event/time.js';
import { datetimeAttr, formatRange, utcOffset } from '../../src/core/locale/format.js';

// The test browsers run with TZ=America/Los_Angeles (see web-test-runner.config.js): far
// from every event zone used here, so a time shifted into the viewer's zone shows up.
const text = (r: ReturnType<typeof formatRange>) => r.parts.map((p) => p.text).join('');
const when = (s: string, zone?: string) => parseWhen(s, zone)!;

describe('formatRange: the time rule', () => {
  it('runs in a pinned zone far from the events', () => {
    expect(new Date(Date.UTC(2017, 9, 23, 12)).getTimezoneOffset()).to.equal(420);
  });

  it('shows the seed event in Moscow time, in Russian, naming the zone', () => {
    const r = formatRange(
      'ru',
      when('2017-10-23T15:00:00+03:00', 'Europe/Moscow'),
      when('2017-10-23T17:00:00+03:00', 'Europe/Moscow'),
      {
        timeZone: 'Europe/Moscow',
      },
    );
    expect(text(r)).to.match(/^23 октября 2017( г\.)?,?( в)? 15:00\s?–\s?17:00$/);
    expect(r.zone).to.match(/Москва/);
    expect(r.parts.find((p) => p.end === 'start')?.text).to.equal('15:00');
    expect(r.parts.find((p) => p.end === 'end')?.text).to.equal('17:00');
  });

  it('shows it in English the same way', () => {
    const r = formatRange('en', when('2017-10-23T15:00:00+03:00'), when('2017-10-23T17:00:00+03:00'), {
      timeZone: 'Europe/Moscow',
    });
    expect(text(r)).to.match(/^October 23, 2017,?( at)? 3:00\s?–\s?5:00\sPM$/);
    expect(r.zone).to.equal('Moscow Standard Time');
  });

  it('uses the written offset when there is no IANA zone, labelled as UTC±h', () => {
    const r = formatRange('en', when('2017-10-23T15:00:00+03:00'), when('2017-10-23T17:00:00+03:00'));
    expect(text(r)).to.match(/3:00\s?–\s?5:00\sPM/);
    expect(r.zone).to.equal('UTC+3');
  });

  it('does not name the zone when the viewer is in it', () => {
    const r = formatRange('en', when('2017-10-23T08:00:00-07:00'), undefined, {});
    expect(r.zone).to.equal(undefined);
    expect(
      formatRange('en', when('2017-10-23T08:00:00', 'America/Los_Angeles'), undefined, {
        timeZone: 'America/Los_Angeles',
      }).zone,
    ).to.equal(undefined);
  });

  it('shows a local time without zone as written, unlabelled', () => {
    const r = formatRange('en', when('2017-10-23T15:00:00'), when('2017-10-23T17:00:00'));
    expect(text(r)).to.match(/3:00\s?–\s?5:00\sPM/);
    expect(r.zone).to.equal(undefined);
  });

  it('never shifts an all-day date', () => {
    expect(text(formatRange('en', when('2017-10-23')))).to.equal('October 23, 2017');
    expect(text(formatRange('ru', when('2017-10-23'), when('2017-10-24')))).to.match(/^23\s?–\s?24 октября 2017/);
    expect(text(formatRange('en', when('2017-12-31'), when('2018-01-01')))).to.match(
      /December 31, 2017\s?–\s?January 1, 2018/,
    );
  });

  it('writes multi-day timed ranges with both dates', () => {
    const r = formatRange('en', when('2027-09-14T09:00+03:00'), when('2027-09-16T14:00+03:00'), {
      timeZone: 'Europe/Tallinn',
    });
    expect(text(r)).to.match(/September 14, 2027.*9:00\sAM\s?–\s?September 16, 2027.*2:00\sPM/);
  });

  it("uses the viewer's zone when asked, and always names it", () => {
    const r = formatRange('en', when('2017-10-23T15:00:00+03:00'), undefined, {
      viewerZone: true,
      timeZone: 'Europe/Moscow',
    });
    expect(text(r)).to.match(/October 23, 2017,?( at)? 5:00\sAM/);
    expect(r.zone).to.equal('Pacific Daylight Time');
  });

  it('gives machine-readable datetime attributes', () => {
    expect(datetimeAttr(when('2017-10-23T15:00:00+03:00'))).to.equal('2017-10-23T15:00+03:00');
    expect(datetimeAttr(when('2017-10-23T07:00:00-0530'))).to.equal('2017-10-23T07:00-05:30');
    expect(datetimeAttr(when('2017-10-23'))).to.equal('2017-10-23');
    expect(datetimeAttr(when('2017-10-23T15:00'))).to.equal('2017-10-23T15:00');
    expect(datetimeAttr(when('2017-10-23T15:00', 'Europe/Moscow'))).to.equal('2017-10-23T12:00:00.000Z');
    expect(utcOffset(-330)).to.equal('UTC−5:30');
  });
});
