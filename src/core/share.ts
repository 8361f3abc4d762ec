/**
 * Sharing an event or a session: the system's share sheet where the browser has one (Web Share),
 * else the link copied, said in a visible status next to the button ("Link copied"), or, where
 * copying is refused, the link itself to copy by hand. Loaded on the first press of a Share
 * button.
 */

/** The page's address with `hash` (`event-session-3`), or without one. */
export function pageUrl(hash = '') {
  return location.href.split('#')[0] + (hash && `#${hash}`);
}

export async function share(
  data: { title: string; url: string },
  status: HTMLElement,
  t: { copied: string; copyLink: string },
): Promise<'shared' | 'copied' | 'shown' | 'cancelled'> {
  if (navigator.share && (navigator.canShare?.(data) ?? true)) {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (e) {
      // Closed by the reader: nothing to say. Refused (no user activation, a policy): copied instead.
      if ((e as Error).name === 'AbortError') return 'cancelled';
    }
  }
  // Said afresh (a second "Link copied" is announced again). "Link copied" fades out by CSS
  // (`data-said`), with no timer left behind; the link to copy by hand stays.
  status.textContent = '';
  delete status.dataset.said;
  let result: 'copied' | 'shown' = 'copied';
  try {
    await navigator.clipboard.writeText(data.url);
    status.textContent = t.copied;
  } catch {
    result = 'shown';
    status.textContent = `${t.copyLink} ${data.url}`;
  }
  void status.offsetWidth; // the fade starts again
  status.dataset.said = result;
  return result;
}
