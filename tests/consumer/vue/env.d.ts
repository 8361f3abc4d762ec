// The README's one-time declaration for Vue projects: the elements in GlobalComponents.
import type {} from 'event-embed/vue';
