/**
 * Organizers, sponsors, funders and performers: `Organization`, `Person` and `PerformingGroup`
 * nodes (or their names as text), and the schema.org `Role` wrapper that says what part a party
 * plays (`{"@type": "PerformanceRole", "roleName": "Keynote", "performer": {…}}`).
 */
import type { Party } from './model.js';
import { at, isObject, list, types } from './json.js';
import type { WarningCode } from './problems.js';

/** What the party reader borrows from the document's reader (./normalize.ts). */
export interface Readers {
  ref(v: unknown): unknown;
  textOf(v: unknown, path: string): string | undefined;
  urlOf(v: unknown, path: string): string | undefined;
  warn(path: string, code: WarningCode, ...values: unknown[]): void;
}

/** schema.org's PerformingGroup and its subtypes (MusicGroup, DanceGroup, TheaterGroup). */
const GROUP = /Group$/;
/** schema.org's Role and its subtypes (PerformanceRole, OrganizationRole…). */
const ROLE = /Role$/;

/**
 * The parties under `key` (`performer`, `organizer`…) of a node. Performers without a `url`
 * link to their first `sameAs` (an artist's page, as ticket sites give it).
 */
export function partiesOf({ ref, textOf, urlOf, warn }: Readers, v: unknown, path: string, key: string): Party[] {
  const out: Party[] = [];
  const read = (v: unknown, path: string, role?: string, depth = 0) =>
    list(v).forEach((raw, i) => {
      const pp = Array.isArray(v) ? `${path}[${i}]` : path;
      const node = ref(raw);
      if (typeof node === 'string') {
        if (node.trim()) out.push({ type: 'Organization', name: node.trim(), role });
        return;
      }
      if (!isObject(node)) return warn(pp, 'notParty', node);
      const kinds = types(node);
      // A role: the party itself is under the same key, and a role nested in a role is not followed.
      if (kinds.some((t) => ROLE.test(t)) && key in node && !depth) {
        return read(node[key], at(pp, key), textOf(node.roleName, at(pp, 'roleName')), 1);
      }
      const person = kinds.includes('Person');
      const name =
        textOf(node.name, at(pp, 'name')) ??
        (person
          ? [node.givenName, node.familyName]
              .map((x, k) => textOf(x, at(pp, k ? 'familyName' : 'givenName')))
              .filter(Boolean)
              .join(' ')
          : '');
      if (!name) return warn(pp, 'partyNoName');
      const affiliation = ref(node.affiliation);
      const image = urlOf(list(node.image)[0], at(pp, 'image'));
      const url =
        urlOf(node.url, at(pp, 'url')) ??
        (key === 'performer' && !('url' in node) ? urlOf(list(node.sameAs)[0], at(pp, 'sameAs')) : undefined);
      out.push({
        type: person ? 'Person' : kinds.some((t) => GROUP.test(t)) ? 'PerformingGroup' : 'Organization',
        name,
        url,
        logo: urlOf(node.logo, at(pp, 'logo')) ?? image,
        image,
        jobTitle: textOf(node.jobTitle, at(pp, 'jobTitle')),
        affiliation: textOf(isObject(affiliation) ? affiliation.name : affiliation, at(pp, 'affiliation')),
        role,
        id: typeof node['@id'] == 'string' ? node['@id'] : undefined,
      });
    });
  read(v, path);
  return out;
}
