/**
 * Runs `check` with a media type or feature in force (`print`, reduced motion): emulated by the
 * browser where its driver can (Chromium and Firefox through puppeteer), else, under WebDriver
 * (WebKit), by adding to each shadow root, unconditionally, the rules its stylesheets keep for
 * that media, so that their effect is still checked.
 */
import { emulateMedia } from '@web/test-runner-commands';

type Media = { media: 'print' } | { reducedMotion: 'reduce' };

const conditions = (m: Media) => ('media' in m ? /\bprint\b/ : /prefers-reduced-motion:\s*reduce/);
const reset = (m: Media) => ('media' in m ? { media: 'screen' as const } : { reducedMotion: 'no-preference' as const });

export async function underMedia(media: Media, roots: () => ShadowRoot[], check: () => unknown | Promise<unknown>) {
  try {
    await emulateMedia(media);
  } catch {
    // WebDriver: the rules themselves, forced.
    const added = roots().map((root) => {
      const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((s) => s.sheet!)];
      const rules = sheets
        .flatMap((s) => [...s.cssRules])
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && conditions(media).test(r.conditionText))
        .flatMap((r) => [...r.cssRules].map((c) => c.cssText));
      const forced = new CSSStyleSheet();
      forced.replaceSync(rules.join('\n'));
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, forced];
      return { root, forced };
    });
    try {
      return await check();
    } finally {
      for (const { root, forced } of added)
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== forced);
    }
  }
  try {
    expect(matchMedia('media' in media ? 'print' : '(prefers-reduced-motion: reduce)').matches);
    return await check();
  } finally {
    await emulateMedia(reset(media));
  }
}

/** Whether the engine's driver emulates media (otherwise underMedia() forces the rules). */
function expect(matches: boolean) {
  if (!matches) throw new Error('the emulated media query does not match');
}
