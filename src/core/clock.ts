/**
 * One clock for every widget on the page whose text depends on the time ("starts in 3 days",
 * "happening now"): a single timer, set to the soonest moment any of them changes, and stopped
 * while the tab is hidden (each watcher is woken when the tab shows again, to catch up).
 */
export interface Watch {
  /** The next moment (ms since the epoch) the watcher must be woken at; none when undefined. */
  at(next: number | undefined): void;
  stop(): void;
}

type Watcher = { wake: () => void; next?: number };

const watchers = new Set<Watcher>();
let timer: ReturnType<typeof setTimeout> | undefined;
let listening = false;

function schedule() {
  clearTimeout(timer);
  if (document.hidden) return;
  let next = Infinity;
  for (const w of watchers) next = Math.min(next, w.next ?? Infinity);
  // At most an hour at a time (a laptop that slept), at least a second.
  if (next < Infinity) timer = setTimeout(() => tick(), Math.min(Math.max(next - Date.now(), 1_000), 3_600_000));
}

/** Wakes the watchers whose moment has come (every one, when the tab shows again). */
function tick(all = false) {
  const now = Date.now();
  for (const w of watchers) {
    if (all || (w.next ?? Infinity) <= now + 500) {
      w.next = undefined;
      w.wake();
    }
  }
  schedule();
}

/** Calls `wake()` at each moment given to `at()`, until `stop()`. */
export function watch(wake: () => void): Watch {
  if (!listening) {
    listening = true;
    document.addEventListener('visibilitychange', () => (document.hidden ? clearTimeout(timer) : tick(true)));
  }
  const w: Watcher = { wake };
  watchers.add(w);
  return {
    at(next) {
      if (next === w.next) return;
      w.next = next;
      schedule();
    },
    stop() {
      watchers.delete(w);
      schedule();
    },
  };
}
