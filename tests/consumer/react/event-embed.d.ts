// The README's one-time declaration for React projects.
import type { CustomElements } from 'event-embed/jsx';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
