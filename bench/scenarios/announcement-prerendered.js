import { writePage } from '../recipes/announcement.js';

export default {
  name: 'announcement-prerendered',
  page: '/bench/pages/generated/announcement-prerendered.html',
  baseline: 'announcement-module',
  description:
    'The seed announcement, pre-rendered by event-embed/ssr, taken over by dist/event-embed.hydrate.js: fcp, the name on screen (content), every part ready (ms), layout shift.',
  setup: () => writePage('prerendered'),
};
