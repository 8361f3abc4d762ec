export default {
  name: 'event-gallery-500',
  page: '/bench/pages/event-gallery-500.html',
  description:
    '<event-gallery> with 500 photos (inline event attribute): bundle request to the grid painted; extra: image requests before any scrolling or "show all", thumbnails shown.',
};
