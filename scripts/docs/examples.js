// The live example on each element's page (docs/elements/<tag>.md, written by
// scripts/api-docs.js): the element with the demo's data, as a user would paste it. Paths are
// relative to docs/elements/, which is where the page is on GitHub and on the site alike.
const SEED = '../../demo/data/seed.ru.json';
const SAMPLE = '../../demo/data/sample.en.json';

export const EXAMPLES = {
  'event-agenda': {
    text: 'The English sample: a three-day conference with a timed agenda, in Tallinn time.',
    html: `<event-agenda src="${SAMPLE}"></event-agenda>`,
  },
  'event-announcement': {
    text: 'The seed event in Russian, with every widget.',
    html: `<event-announcement lang="ru" src="${SEED}">
  <h3>Реализация стратегий устойчивого развития городов и регионов: от слов к делу</h3>
  <p>23 октября 2017, 15:00–17:00, Park Inn by Radisson Прибалтийская, Санкт-Петербург</p>
</event-announcement>`,
  },
  'event-card': {
    text: 'The seed event in Russian, with readable fallback content inside.',
    html: `<event-card lang="ru" src="${SEED}">
  <h3>Реализация стратегий устойчивого развития городов и регионов: от слов к делу</h3>
  <p>23 октября 2017, 15:00–17:00, Park Inn by Radisson Прибалтийская, Санкт-Петербург</p>
</event-card>`,
  },
  'event-gallery': {
    text: 'The seed event’s photos in justified rows; a photo opens the lightbox.',
    html: `<event-gallery lang="ru" layout="rows" src="${SEED}"></event-gallery>`,
  },
  'event-organizers': {
    text: 'The English sample’s organizers, sponsors and funders, with their names.',
    html: `<event-organizers show-names src="${SAMPLE}"></event-organizers>`,
  },
};
