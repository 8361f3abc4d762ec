export default {
  name: 'event-agenda-1000',
  page: '/bench/pages/event-agenda-1000.html',
  baseline: 'event-agenda-1000-baseline',
  description:
    '<event-agenda> with 1,000 sessions over three days (event property): data handed over -> painted. ' +
    'Extra: ready (load event), day/room/search/clear = one filter change applied, styled and laid out (budget 16 ms).',
};
