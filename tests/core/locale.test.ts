/**
 * Every UI language against English, the reference: the same keys at every depth, every
 * function-valued string giving a real sentence, plural forms by the language's own rules,
 * and the widgets actually speaking the language (strings and `Intl` dates) once loaded
 * through the real lazy loader.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { stringsFor, type Strings } from '../../src/core/locale/index.js';
import { wordsFor } from '../../src/core/error-box.js';
import enErrors from '../../src/core/locale/en-errors.js';
import enLater from '../../src/core/locale/en-later.js';
import type { EventCard } from '../../src/elements/event-card/event-card.js';
import { data, render, until } from '../support/fixtures.js';

/** Every language with its own strings (English first: the reference). */
const LANGS = ['en', 'ru', 'ar', 'da', 'de', 'et', 'fi', 'is', 'lt', 'lv', 'nb', 'pl', 'sv'];

/**
 * The month of the sample event (14–16 September 2027) as each language writes it in a date,
 * so that an engine without a language's date data (falling back to English) fails here.
 */
const SEPTEMBER: Record<string, RegExp> = {
  en: /September/,
  ru: /сентября/,
  ar: /سبتمبر/,
  da: /september/,
  de: /September/,
  et: /september/,
  fi: /syyskuuta/,
  is: /september/,
  lt: /rugsėjo/,
  lv: /septembr/,
  nb: /september/,
  no: /september/,
  nn: /september/,
  pl: /września/,
  sv: /september/,
};

/**
 * A language's strings, whole, as the library loads them: its UI strings, and its problem
 * sentences (a module apart, loaded with the error box); English's on-demand parts
 * (./en-later.ts, ./en-errors.ts) are apart too.
 */
async function load(lang: string): Promise<Strings> {
  const own = {
    ...((await stringsFor(lang)) as Record<string, unknown>),
    ...(await wordsFor(lang)),
  };
  const whole: Record<string, unknown> = { ...enErrors, ...enLater };
  for (const [k, v] of Object.entries(own)) {
    whole[k] = v && typeof v === 'object' ? { ...(whole[k] as object), ...v } : v;
  }
  return whole as Strings;
}

type Tree = { [key: string]: unknown };

/** `path: kind` for every leaf, `kind` being string or function. */
function shape(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    v && typeof v === 'object' ? shape(v as Tree, `${prefix}${k}.`) : [`${prefix}${k}: ${typeof v}`],
  );
}

function functions(tree: Tree, prefix = ''): [string, (...a: unknown[]) => unknown][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    v && typeof v === 'object'
      ? functions(v as Tree, `${prefix}${k}.`)
      : typeof v === 'function'
        ? [[`${prefix}${k}`, v as (...a: unknown[]) => unknown] as [string, (...a: unknown[]) => unknown]]
        : [],
  );
}

/** Arguments for an error sentence: every field any of them reads. */
const ARGS = {
  line: 3,
  column: 14,
  expected: 'EXPECTED',
  found: 'FOUND',
  type: 'Thing',
  path: '@graph[1]',
  url: 'https://example.org/event.json',
  cause: 'Failed to fetch',
  status: 404,
  seconds: 15,
  id: '#event-data',
  which: 'event-id="concert-2"',
  count: 3,
  mb: 1.5,
  bracket: '[',
  close: ']',
};

/** Sample argument lists for each function, by path. */
function samples(path: string): unknown[][] {
  if (path.startsWith('jsonMistakes.')) return [[ARGS]];
  if (path.startsWith('errors.'))
    return [[ARGS], [{ ...ARGS, found: '' }], [{ ...ARGS, seconds: 1 }], [{ ...ARGS, seconds: 22 }]];
  if (path === 'agenda.zone') return [['Eastern European Summer Time'], ['UTC+3']];
  if (path === 'time.starts') return [['in 3 days'], ['tomorrow']];
  return [0, 1, 2, 3, 5, 11, 12, 21, 22, 25, 100, 101].map((n) =>
    path === 'gallery.showAll' ? [n] : [Math.min(n, 3) || 1, n || 1],
  );
}

/** How a language may write a number: as is, or in its own digits. */
const numberIn = (lang: string, n: number) => [String(n), new Intl.NumberFormat(lang).format(n)];

describe('UI languages', () => {
  it('loads every language through the lazy loader, each its own strings', async () => {
    const all = await Promise.all(LANGS.map(load));
    const en = all[0];
    all.forEach((s, i) => {
      if (i) expect(s, LANGS[i]).not.to.equal(en);
      expect(s.loading, LANGS[i]).to.be.a('string').and.not.equal('');
    });
    expect(new Set(all.map((s) => s.tickets + s.details + s.status.cancelled)).size).to.equal(LANGS.length);
  });

  it('has every key English has, and no other, in every language', async () => {
    const en = shape(await load('en'));
    expect(en.length).to.be.greaterThan(60);
    for (const lang of LANGS.slice(1)) {
      const keys = shape(await load(lang));
      expect(
        keys.filter((k) => !en.includes(k)),
        `${lang}: keys English lacks (or of another kind)`,
      ).to.deep.equal([]);
      expect(
        en.filter((k) => !keys.includes(k)),
        `${lang}: keys missing`,
      ).to.deep.equal([]);
    }
  });

  it('gives a real sentence from every function, using every argument English uses', async () => {
    const en = await load('en');
    for (const lang of LANGS) {
      const t = await load(lang);
      const fns = functions(t);
      expect(fns.length, lang).to.equal(functions(en).length);
      for (const [path, fn] of fns) {
        const reference = Object.fromEntries(functions(en))[path];
        for (const args of samples(path)) {
          const out = fn(...args);
          const where = `${lang} ${path}(${JSON.stringify(args)}) = ${JSON.stringify(out)}`;
          expect(out, where).to.be.a('string');
          expect((out as string).trim(), where).not.to.equal('');
          expect(out, where).not.to.match(
            path === 'errors.objectAttr' ? /undefined|NaN/ : /undefined|NaN|\[object Object\]/,
          );
          // Whatever English shows of the arguments, the language shows too (counts of 1
          // and 2 may be words, as in Arabic).
          const english = reference(...args) as string;
          const values = args.flatMap((a) => (a && typeof a === 'object' ? Object.values(a) : [a]));
          for (const v of values) {
            if (v === '' || !english.includes(String(v))) continue;
            if (typeof v === 'number' && v <= 2 && path.startsWith('gallery.showAll')) continue;
            if (path === 'errors.timeout' && Number(v) <= 2) continue;
            const forms = typeof v === 'number' ? numberIn(lang, v) : [String(v)];
            expect(
              forms.some((f) => (out as string).includes(f)),
              `${where} lacks ${v}`,
            ).to.equal(true);
          }
        }
      }
    }
  });

  it('keeps the JSON and HTML syntax inside editor messages as written', async () => {
    for (const lang of LANGS) {
      const t = await load(lang);
      expect(t.errors.notObject(), lang).to.contain('{"name": …, "startDate": …}');
      expect(t.errors.noEvent(), lang).to.contain('"@type": "Event"');
      expect(t.errors.noName(ARGS), lang).to.contain('"name": "…"');
      const noBlock = t.errors.noBlock(ARGS);
      for (const token of ['src="#event-data"', '<script type="application/ld+json">', 'id="event-data"']) {
        expect(noBlock, lang).to.contain(token);
      }
      expect(t.errors.objectAttr(), lang).to.contain('[object Object]');
      const notBlock = t.errors.notBlock({ ...ARGS, found: '<div>' });
      for (const token of ['src="#event-data"', '<div>', '<script type="application/ld+json" id="event-data">']) {
        expect(notBlock, lang).to.contain(token);
      }
      for (const code of ['emptyEvent', 'emptySrc', 'noData'] as const) {
        expect(t.errors[code](), `${lang} ${code}`).to.contain('<script type="application/ld+json">');
      }
      expect(t.json['comma-brace'], lang).to.contain('}');
      expect(t.json['comma-bracket'], lang).to.contain(']');
      expect(t.json.escape, lang).to.contain('\\"').and.contain('\\n');
      expect(t.json.value, lang).to.contain('true').and.contain('false').and.contain('null');
    }
  });

  it('counts by each language’s plural rules', async () => {
    const all = Object.fromEntries(await Promise.all(LANGS.map(async (l) => [l, await load(l)] as const)));
    const showAll = (lang: string, n: number) => all[lang].gallery.showAll(n);
    expect(showAll('en', 1)).to.equal('Show all 1 photo');
    expect(showAll('ru', 2)).to.match(/2 фотографии$/);
    expect(showAll('ru', 5)).to.match(/5 фотографий$/);
    expect(showAll('pl', 2)).to.equal('Pokaż wszystkie 2 zdjęcia');
    expect(showAll('pl', 5)).to.equal('Pokaż wszystkie 5 zdjęć');
    expect(showAll('pl', 22)).to.equal('Pokaż wszystkie 22 zdjęcia');
    expect(showAll('pl', 12)).to.equal('Pokaż wszystkie 12 zdjęć');
    expect(showAll('lt', 21)).to.match(/21 nuotrauką$/);
    expect(showAll('lt', 5)).to.match(/5 nuotraukas$/);
    expect(showAll('lt', 12)).to.match(/12 nuotraukų$/);
    expect(showAll('lv', 21)).to.match(/21 fotoattēlu$/);
    expect(showAll('lv', 12)).to.match(/12 fotoattēlus$/);
    expect(showAll('is', 21)).to.match(/21 mynd$/);
    expect(showAll('is', 12)).to.match(/12 myndir$/);
    expect(showAll('de', 12)).to.equal('Alle 12 Fotos anzeigen');
    expect(showAll('fi', 12)).to.equal('Näytä kaikki 12 kuvaa');
    expect(showAll('ar', 1)).to.equal('عرض الصورة');
    expect(showAll('ar', 2)).to.equal('عرض الصورتين');
    expect(all.pl.errors.timeout({ ...ARGS, seconds: 1 })).to.match(/1 sekundy\.$/);
    expect(all.pl.errors.timeout(ARGS)).to.match(/15 sekund\.$/);
    expect(all.lt.errors.timeout({ ...ARGS, seconds: 2 })).to.contain('2 sekundes');
    expect(all.ar.errors.timeout({ ...ARGS, seconds: 5 })).to.contain('5 ثوانٍ');
    expect(all.ar.errors.timeout(ARGS)).to.contain('15 ثانية');
  });

  it('finds the language from region and script subtags, and Norwegian from no and nn', async () => {
    expect(await stringsFor('de-AT')).to.equal(await stringsFor('de'));
    expect(await stringsFor('sv-FI')).to.equal(await stringsFor('sv'));
    expect(await stringsFor('ar-EG')).to.equal(await stringsFor('ar'));
    expect(await stringsFor('no')).to.equal(await stringsFor('nb'));
    expect(await stringsFor('nn')).to.equal(await stringsFor('nb'));
    expect(await stringsFor('xx')).to.equal(await stringsFor('en'));
  });
});

describe('languages in the built bundle (dist/event-embed.js, made by npm test)', () => {
  /** The language chunks a page fetched, when its widgets speak `langs`. */
  async function chunksFor(langs: string[]) {
    const iframe = document.createElement('iframe');
    iframe.srcdoc =
      `<!doctype html><script type="module" src="${location.origin}/dist/event-embed.js"></script>` +
      langs.map((l) => `<event-card lang="${l}" event='{"name": "x"}'></event-card>`).join('');
    document.body.append(iframe);
    try {
      await new Promise((r) => iframe.addEventListener('load', r, { once: true }));
      const doc = iframe.contentDocument!;
      await until(
        () => [...doc.querySelectorAll<EventCard>('event-card')].every((el) => el.state === 'ready'),
        'widgets ready',
      );
      return iframe
        .contentWindow!.performance.getEntriesByType('resource')
        .map((e) => /\/chunks\/([a-z]{2})\.js$/.exec(e.name)?.[1])
        .filter((name) => name && name !== 'calendar' && name !== 'structured')
        .sort();
    } finally {
      iframe.remove();
    }
  }

  it('loads no language for English, and only the languages the widgets speak', async () => {
    expect(await chunksFor(['en'])).to.deep.equal([]);
    expect(await chunksFor(['de', 'de-AT', 'pl'])).to.deep.equal(['de', 'pl']);
    expect(await chunksFor(['nn'])).to.deep.equal(['nb']);
    expect(await chunksFor(['ar'])).to.deep.equal(['ar']);
  });
});

describe('<event-card> in every language', () => {
  for (const lang of [...LANGS, 'no', 'nn']) {
    it(`speaks ${lang}: its strings and its dates`, async () => {
      const t = await load(lang);
      const event = await data('sample.en');
      event.eventStatus = 'https://schema.org/EventPostponed';
      const el = await render<EventCard>('event-card', event, { lang });
      expect(el.state).to.equal('ready');
      const $ = (s: string) => el.shadowRoot!.querySelector<HTMLElement>(s)!;
      const text = (s: string) =>
        [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)].map((e) => e.textContent!.trim());

      const when = $('[part="when"]').textContent!;
      if (Intl.DateTimeFormat.supportedLocalesOf(lang).length) {
        expect(when, when).to.match(SEPTEMBER[lang]);
        // The same words Intl gives for that month in this language, in a date.
        const month = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'Europe/Tallinn' })
          .formatToParts(Date.UTC(2027, 8, 14, 6))
          .find((p) => p.type === 'month')!.value;
        expect(when).to.contain(month);
        if (lang !== 'en') expect(when).not.to.contain('September 14');
      } else {
        // A known gap in the engine, not in the widget: Chromium's built-in ICU has no
        // Icelandic and no Nynorsk date data, and its Intl then writes English dates.
        expect(when, when).to.match(/September 14, 2027/);
      }
      expect($('[part="zone"]').textContent).not.to.match(/undefined|Invalid/);

      const status = $('[part="status"]').textContent!.trim();
      expect(status).to.equal(t.status.postponed);
      if (lang !== 'en') expect(status, 'not English').not.to.equal('Postponed');
      expect(text('a[part="button"]')).to.deep.equal([t.tickets, t.details]);
      expect($('[part="calendar"] summary').textContent!.trim()).to.equal(t.addToCalendar);
      expect(text('.map')).to.deep.equal([t.map]);
      expect($('[part="more"]').textContent!.trim()).to.equal(t.more);
      ($('[part="calendar"]') as HTMLDetailsElement).open = true;
      await until(() => text('[part="calendar-menu"] a').length === 4, 'calendar links');
      expect(text('[part="calendar-menu"] a')).to.deep.equal([
        t.calendarIcs,
        t.calendarGoogle,
        t.calendarOutlook,
        t.calendarOffice,
      ]);
    });

    it(`shows an editor's error in ${lang}`, async () => {
      const t = await load(lang);
      const el = await render<EventCard>('event-card', '{"name": ', { lang });
      expect(el.state).to.equal('error');
      const box = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(box.querySelector('strong')!.textContent).to.equal(t.errorTitle);
      expect(box.querySelector('.hint')!.textContent).to.equal(t.errorHint);
      const message = box.querySelectorAll('p')[0].textContent!;
      expect(message).to.equal(el.errorMessage);
      expect(message).to.contain(t.json.value);
    });
  }
});
