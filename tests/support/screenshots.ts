/**
 * Screenshots of the elements for the tests that compare how a page's CSS reaches them
 * (tests/embedding/host-page.test.ts, private-properties.test.ts): each element rendered with
 * the seed event, its images loaded, shot through the test runner's `screenshot` command
 * (tests/support/screenshot-plugin.js). `png` is null where the launcher cannot take one.
 */
import { fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { data, settled } from './fixtures.js';

export interface Shot {
  png: string | null;
  width: number;
  height: number;
  /** `640x656.5`: the box's size, for engines without screenshots. */
  size: string;
}

/** Shoots an element's box, `inset` pixels less on the right and at the bottom. */
export async function shoot(el: Element, path: string, inset = 0): Promise<Shot> {
  const r = el.getBoundingClientRect();
  const shot = await executeServerCommand<string | { unsupported: true }, Record<string, unknown>>('screenshot', {
    x: r.x + scrollX,
    y: r.y + scrollY,
    width: Math.floor(r.width) - inset,
    height: Math.floor(r.height) - inset,
    path,
  });
  return {
    png: typeof shot === 'string' ? shot : null,
    width: r.width,
    height: r.height,
    size: `${r.width}x${r.height}`,
  };
}

/**
 * Renders each of `tags` with the seed data (in Russian) in a 640 px wrapper styled `wrapper`,
 * waits for its images, and shoots it to tests/output/<prefix><tag>-<name>.png.
 */
export async function shootEach(
  tags: string[],
  name: string,
  { wrapper: style, prefix = '', inset = 0 }: { wrapper: string; prefix?: string; inset?: number },
) {
  const seed = await data('seed.ru');
  const shots: Record<string, Shot> = {};
  for (const tag of tags) {
    const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
    wrapper.style.cssText = style;
    const el = document.createElement(tag) as HTMLElement & { event: unknown; state: string };
    el.lang = 'ru';
    el.event = seed;
    wrapper.append(el);
    await settled(el as never);
    const images = [...el.shadowRoot!.querySelectorAll('img')];
    // Every image loaded in every run (lazy ones below the fold would arrive at random times):
    // what is compared is how the page's CSS reaches the widget, not image timing.
    for (const img of images) img.loading = 'eager';
    await Promise.all(images.map((img) => img.decode().catch(() => {})));
    shots[tag] = await shoot(el, `tests/output/${prefix}${tag}-${name}.png`, inset);
    wrapper.remove();
  }
  return shots;
}
