/**
 * The data API (`event-embed/data`): every fatal problem comes with its English message, and
 * `problemMessage()` words it in every UI language, synchronously.
 */
import { expect } from '@open-wc/testing';
import { parseEvent, problemLanguages, problemMessage } from '../../src/data.js';
import type { FatalProblem } from '../../src/data.js';

const fatal = (input: unknown): FatalProblem => {
  const r = parseEvent(input);
  if (r.ok) throw new Error('expected a fatal problem');
  return r.problem;
};

describe('event-embed/data: problem messages', () => {
  it('gives every fatal problem its English message', () => {
    const noName = fatal({ '@type': 'Event', startDate: '2027-05-01' });
    expect(noName.message).to.equal('name: the event has no name; add "name": "…".');
    const json = fatal('{"name": "x",}');
    // (The JSON sentences are the diagnostics' own tests; here only that there is one.)
    expect(json.message).to.match(/^The event data is not valid JSON: at line 1, column \d+ /);
    expect(fatal('').message).to.equal('The event data is empty.');
    expect(fatal({ '@type': 'Organization', name: 'ACME' }).message).to.equal(
      '@type: “Organization” is not an event; expected Event or a kind of event such as BusinessEvent.',
    );
  });

  it('words a problem in every UI language, each in its own words', () => {
    expect(problemLanguages).to.include.members([
      'en',
      'ru',
      'ar',
      'da',
      'de',
      'et',
      'fi',
      'is',
      'lt',
      'lv',
      'nb',
      'pl',
      'sv',
    ]);
    const problems = [fatal({ startDate: '2027-05-01' }), fatal('{"name": "x",}'), fatal('[1]')];
    for (const problem of problems) {
      const seen = new Map<string, string>();
      for (const lang of problemLanguages) {
        const text = problemMessage(problem, lang);
        expect(text, lang)
          .to.be.a('string')
          .and.not.match(/undefined|\[object Object\]/);
        if (lang === 'no' || lang === 'nn') expect(text, lang).to.equal(problemMessage(problem, 'nb'));
        else {
          expect([...seen.keys()], `${lang} words it as ${seen.get(text)} does`).not.to.include(text);
          seen.set(text, lang);
        }
      }
    }
  });

  it('reads language tags the way the widgets do', () => {
    const problem = fatal({ startDate: '2027-05-01' });
    expect(problemMessage(problem, 'de')).to.equal(
      'name: Die Veranstaltung hat keinen Namen; ergänzen Sie "name": "…".',
    );
    expect(problemMessage(problem, 'de-AT')).to.equal(problemMessage(problem, 'de'));
    expect(problemMessage(problem, 'RU_ru')).to.equal(problemMessage(problem, 'ru'));
    expect(problemMessage(problem, 'fr')).to.equal(problem.message);
    expect(problemMessage(problem)).to.equal(problem.message);
  });

  it('words the JSON expectation in the language too', () => {
    const problem = fatal('{"name": "x",}');
    expect(problemMessage(problem, 'de')).to.match(
      /^Die Veranstaltungsdaten sind kein gültiges JSON: In Zeile 1, Spalte \d+ wird /,
    );
    expect(problemMessage(problem, 'de')).not.to.include('double quotes');
  });
});
