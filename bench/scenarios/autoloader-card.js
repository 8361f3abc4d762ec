export default {
  name: 'autoloader-card',
  page: '/bench/pages/autoloader-card.html',
  baseline: 'card-seed',
  description:
    'A page with only <event-card>, through dist/autoloader.js: time to the card painted, and the script files and gzip bytes the page downloads (no other element code).',
};
