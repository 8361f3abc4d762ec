export default {
  name: 'event-agenda-1000-baseline',
  page: '/bench/pages/event-agenda-1000.html?baseline',
  description:
    'The same 1,000-session list, same markup and styles, built as one string and set with one innerHTML: data -> painted.',
};
