/**
 * Speakers and performers as the widgets show them: a round photo with the person's initials
 * underneath (they show when there is no photo, and when it fails to load), the name, linked
 * when the party has a URL (every URL of the model has passed `safeUrl()`), and what they do.
 * Made with the DOM, texts as text nodes (the agenda makes a thousand sessions this way), and
 * used as nodes in templates.
 */
import { css } from 'lit';
import type { EventModel, Party } from './event/model.js';

/** The first letters of the first and last words of a name ("Ada Lovelace" → "AL"). */
export function initials(name: string) {
  const words = name.match(/[\p{L}\p{N}][^\s\-–—]*/gu) ?? [];
  const first = (w?: string) => (w ? String.fromCodePoint(w.codePointAt(0)!) : '');
  return (first(words[0]) + (words[1] ? first(words[words.length - 1]) : '')).toLocaleUpperCase();
}

/** What a party does, as one line: its role ("Keynote") or job title, and its affiliation. */
export const details = (p: Party) => [p.role ?? p.jobTitle, p.affiliation].filter(Boolean).join(', ');

/** Who a party is, for telling the same speaker apart in several sessions: `@id`, else URL, else name. */
export const key = (p: Party) => p.id ?? p.url ?? p.name.toLowerCase();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, part: string, ...children: Node[]) {
  const e = document.createElement(tag);
  e.className = className;
  if (part) e.setAttribute('part', part);
  e.append(...children);
  return e;
}

/**
 * The avatar: the initials, and over them the photo, which is removed when it fails to load
 * (`avatarErrors`). Hidden from assistive technology: the name beside it says who it is.
 */
export function avatar(p: Party) {
  const a = el('span', 'avatar', 'avatar');
  // Drawn by the style sheet: the page's text (copied, or read as textContent) is the names alone.
  a.dataset.initials = initials(p.name);
  a.ariaHidden = 'true';
  if (p.image) {
    const img = document.createElement('img');
    img.alt = '';
    img.loading = 'lazy'; // before the source
    img.decoding = 'async';
    img.src = p.image;
    a.append(img);
  }
  return a;
}

/**
 * Removes the photo of an avatar that fails to load: a capturing `error` listener for what
 * holds avatars (the event does not bubble), so that avatars are plain markup, which the
 * browser can take over from the server's HTML (`event-embed/ssr`).
 */
export const avatarErrors = {
  handleEvent(e: Event) {
    const img = e.target as Element;
    if (img.localName === 'img' && img.parentElement?.classList.contains('avatar')) img.remove();
  },
  capture: true,
};

/** The name, a link when the party has a URL. */
export function nameOf(p: Party, part = '') {
  if (!p.url) return el('span', 'name', part, document.createTextNode(p.name));
  const a = el('a', 'name', part, document.createTextNode(p.name));
  a.href = p.url;
  a.rel = 'noopener';
  return a;
}

/** One speaker of a session, for the agenda: avatar, name and what they do. */
export function speaker(p: Party) {
  const what = details(p);
  return el(
    'li',
    'person',
    '',
    avatar(p),
    nameOf(p),
    ...(what ? [el('span', 'muted', '', document.createTextNode(`, ${what}`))] : []),
  );
}

/**
 * What `make` made last for this widget (`root`) while `keys` are the same: a template whose
 * avatars are the same nodes leaves them in place when the widget updates (a photo is not loaded
 * again, and a broken one stays initials).
 */
export function memo<T>(cache: WeakMap<object, [unknown[], T]>, root: object, keys: unknown[], make: () => T): T {
  const last = cache.get(root);
  if (last && last[0].every((k, i) => k === keys[i])) return last[1];
  const made = make();
  cache.set(root, [keys, made]);
  return made;
}

/** The performers of the event itself, less those who are its organizers too (a common way to fill `performer`). */
export const performersOf = (e: EventModel) => {
  const organizers = new Set(e.organizers.map(key));
  return e.performers.filter((p) => !organizers.has(key(p)));
};

/**
 * The avatar's styles. Its size, `--_ee-avatar`, is declared by the list that holds it (from the
 * `--event-embed-avatar-size` token, or the announcement's own for its speakers section), so
 * that no page rule reaches it; `--event-embed-avatar-radius` rounds it.
 */
export const avatarStyles = css`
  .avatar {
    position: relative;
    display: inline-grid;
    flex: none;
    place-items: center;
    overflow: hidden;
    width: var(--_ee-avatar);
    height: var(--_ee-avatar);
    margin-inline-end: 0.5em;
    border-radius: var(--event-embed-avatar-radius, 50%);
    background: var(--_ee-subtle);
    color: var(--_ee-muted);
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1;
    vertical-align: middle;
  }
  .avatar::before {
    content: attr(data-initials);
  }
  .avatar img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    border-radius: 0;
    object-fit: cover;
  }
`;
