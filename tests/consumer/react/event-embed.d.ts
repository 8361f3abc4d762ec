// The one-time declaration of docs/embedding.md for React projects.
import type { CustomElements } from 'event-embed/jsx';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
