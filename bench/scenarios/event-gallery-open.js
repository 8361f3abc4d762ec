export default {
  name: 'event-gallery-open',
  page: '/bench/pages/event-gallery-open.html',
  description:
    'The seed <event-gallery>: click on the first thumbnail to the full photo painted in the lightbox; extra: ready (bundle request to grid painted).',
};
