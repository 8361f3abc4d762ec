/**
 * A module loaded on demand, once per page however many widgets ask for it (a widget's view):
 * `get()` gives it once it has loaded (undefined before, and when it could not load, offline);
 * `load()` starts loading it, and settles when it has loaded or failed; `settled()` says whether
 * that has happened (so that a widget does not wait again, offline, for what cannot come).
 */
export function onDemand<T>(importer: () => Promise<T>) {
  let module: T | undefined;
  let loading: Promise<unknown> | undefined;
  let settled = false;
  return {
    get: () => module,
    settled: () => settled,
    load: () =>
      (loading ??= importer()
        .then(
          (m) => (module = m),
          () => {},
        )
        .finally(() => (settled = true))),
  };
}
