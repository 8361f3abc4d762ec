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
    expect(fatal('{"name": "x" "url": 1}').message).to.equal(
      'The event data is not valid JSON: at line 1, column 14 it expects a comma or a closing }, but finds “"url": 1}”.',
    );
    // The mistakes editors make most, named, at their own line.
    expect(fatal('{"name": "x",\n}').message).to.equal(
      'The event data is not valid JSON: the comma at line 1, column 13 comes after the last entry, just before the closing }; remove that comma.',
    );
    expect(fatal('{"name": "x",\n"image": ["a.jpg"\n}').message).to.contain(
      'the [ opened at line 2, column 10 is never closed',
    );
    expect(fatal('{"name": "x",\n"location": {"name": "y"}').message).to.equal(
      'The event data is not valid JSON: the { opened at line 1, column 1 is never closed; add the closing } where it ends.',
    );
    expect(fatal('{\n"name": "Round table,\n"url": "x"}').message).to.equal(
      'The event data is not valid JSON: the text in double quotes that starts at line 2, column 9 has no closing double quote before its line ends; add the missing ".',
    );
    expect(fatal("{'name': 'x'}").message).to.equal(
      'The event data is not valid JSON: at line 1, column 2 text is in single quotes; JSON needs double quotes, as in "name": "…".',
    );
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
    const problems = [
      fatal({ startDate: '2027-05-01' }),
      fatal('{"name": "x",}'),
      fatal('{"name": "x'),
      fatal('{"name"'),
      fatal("{'name': 1}"),
      fatal('{"name": 1 2}'),
      fatal('[1]'),
    ];
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
    const problem = fatal('{"name": "x" "url": 1}');
    expect(problemMessage(problem, 'de')).to.match(
      /^Die Veranstaltungsdaten sind kein gültiges JSON: In Zeile 1, Spalte 14 wird ein Komma /,
    );
    expect(problemMessage(problem, 'de')).not.to.include('comma');
    expect(problemMessage(fatal('{"name": "x",}'), 'de')).to.equal(
      'Die Veranstaltungsdaten sind kein gültiges JSON: Das Komma in Zeile 1, Spalte 13 steht nach dem letzten Eintrag, direkt vor der schließenden }; entfernen Sie dieses Komma.',
    );
    expect(problemMessage(fatal('["x"'), 'ru')).to.contain(
      'скобка [, открытая в строке 1, позиции 1, нигде не закрыта',
    );
  });
});
