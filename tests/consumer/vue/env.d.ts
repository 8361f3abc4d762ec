// The one-time declaration of docs/embedding.md for Vue projects: the elements in GlobalComponents.
import type {} from 'event-embed/vue';
