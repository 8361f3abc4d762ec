/**
 * The speakers section of `<event-announcement>`: everyone who performs at the event or in its
 * sessions, each once, with what they do and the sessions they give. Loaded on demand by
 * ./event-announcement.ts for events that have performers, with its styles and English strings.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { EventModel, Party } from '../../core/event/model.js';
import enLater from '../../core/locale/en-later.js';
import type { Loaded } from '../../core/locale/index.js';
import { avatar, avatarErrors, avatarStyles, details, key, memo, nameOf, performersOf } from '../../core/people.js';
import { inTemplate } from '../../core/nodes.js';
import { adopt } from '../../core/styles.js';

/** A speaker, and the names of the sessions they give, in the agenda's order. */
export interface Speaker {
  party: Party;
  sessions: string[];
}

const styles = css`
  .people {
    --_ee-avatar: var(--event-announcement-avatar-size, 3.5em);
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
    gap: var(--_ee-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .speaker {
    display: flex;
    align-items: flex-start;
    min-width: 0;
  }
  .speaker .avatar {
    margin-inline-end: 0.75em;
    font-size: 1.125em;
  }
  .who {
    display: grid;
    gap: 0.125em;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .who .name {
    font-weight: 600;
  }
  .who p,
  .who ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .people .muted {
    color: var(--_ee-muted);
  }
  .sessions {
    margin-top: 0.25em;
    font-size: 0.875em;
  }
`;

/**
 * Everyone who performs, each once (the same `@id`, else URL, else name): the event's own
 * performers first (less its organizers), then the sessions' in the order of the agenda. A
 * speaker given with more details in a later session gets them too.
 */
export function speakersOf(event: EventModel): Speaker[] {
  const found = new Map<string, Speaker>();
  const add = (party: Party, session?: string) => {
    const k = key(party);
    const s = found.get(k);
    if (!s) found.set(k, { party, sessions: session ? [session] : [] });
    else {
      // Details given only here fill those missing so far.
      for (const [f, v] of Object.entries(party)) (s.party as unknown as Record<string, unknown>)[f] ??= v;
      if (session && !s.sessions.includes(session)) s.sessions.push(session);
    }
  };
  for (const p of performersOf(event)) add({ ...p });
  for (const s of event.subEvents) for (const p of s.performers) add({ ...p }, s.name);
  return [...found.values()];
}

/**
 * The section's heading and list, or nothing without speakers. "Performers" when a performing
 * group is among them (a concert, a show), else "Speakers". Made again only for another event,
 * language or heading level: the announcement's other updates keep the photos as they are.
 */
export const section = (
  root: ShadowRoot,
  event: EventModel,
  strings: Loaded,
  level: number,
  heading: (text: string) => TemplateResult,
) => memo(made, root, [event, strings, level], () => render(root, speakersOf(event), strings, heading));

const made = new WeakMap<object, [unknown[], ReturnType<typeof render>]>();

function render(root: ShadowRoot, list: Speaker[], strings: Loaded, heading: (text: string) => TemplateResult) {
  if (!list.length) return nothing;
  adopt(root, avatarStyles);
  adopt(root, styles);
  const t = { ...enLater.speakers, ...strings.speakers };
  const label = list.some((s) => s.party.type === 'PerformingGroup') ? t.performers : t.speakers;
  // role="list": Safari drops the list semantics of a <ul> styled with list-style: none.
  /* eslint-disable lit-a11y/no-redundant-role */
  return html`${heading(label)}
    <ul class="people" part="speakers" role="list" aria-label=${label} @error=${avatarErrors}>
      ${list.map(({ party, sessions }) => {
        const what = details(party);
        return html`<li class="speaker" part="speaker">
          ${inTemplate(avatar(party))}
          <div class="who">
            ${inTemplate(nameOf(party, 'speaker-name'))}
            ${what ? html`<p class="muted" part="speaker-role">${what}</p>` : nothing}
            ${
              sessions.length
                ? html`<div class="sessions" part="speaker-sessions">
                  <span class="muted" aria-hidden="true">${t.sessions}</span>
                  <ul role="list" aria-label=${t.sessions}>
                    ${sessions.map((name) => html`<li>${name}</li>`)}
                  </ul>
                </div>`
                : nothing
            }
          </div>
        </li>`;
      })}
    </ul>`;
}
