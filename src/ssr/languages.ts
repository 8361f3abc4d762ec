/**
 * Every UI language at once, for the server (`event-embed/ssr`): handed to the widgets the way a
 * page hands them a language loaded as a classic script (`EventEmbedLanguages`, read by
 * src/core/locale/index.ts), so that they render in it synchronously, as the first render of a
 * page that preloads its language does. The widgets' bundle never imports this module.
 */
import ar from '../core/locale/ar.js';
import da from '../core/locale/da.js';
import de from '../core/locale/de.js';
import et from '../core/locale/et.js';
import fi from '../core/locale/fi.js';
import is from '../core/locale/is.js';
import lt from '../core/locale/lt.js';
import lv from '../core/locale/lv.js';
import nb from '../core/locale/nb.js';
import pl from '../core/locale/pl.js';
import ru from '../core/locale/ru.js';
import sv from '../core/locale/sv.js';

const g = globalThis as { EventEmbedLanguages?: Record<string, unknown> };
g.EventEmbedLanguages = { ...g.EventEmbedLanguages, ar, da, de, et, fi, is, lt, lv, nb, pl, ru, sv };
