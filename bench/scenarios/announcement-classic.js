import { writePage } from '../recipes/announcement.js';

export default {
  name: 'announcement-classic',
  page: '/bench/pages/generated/announcement-classic.html',
  baseline: 'announcement-module',
  description:
    'The seed announcement, loaded by the classic script in <head> (dist/event-embed.classic.js): fcp, the name on screen (content), every part ready (ms), layout shift.',
  setup: () => writePage('classic'),
};
