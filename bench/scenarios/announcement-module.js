import { writePage } from '../recipes/announcement.js';

export default {
  name: 'announcement-module',
  page: '/bench/pages/generated/announcement-module.html',

  description:
    'The seed announcement, loaded by the module script (dist/event-embed.js): fcp, the name on screen (content), every part ready (ms), layout shift.',
  setup: () => writePage('module'),
};
