/**
 * A chunk a widget fetches with import() the first time a reader needs it (the table, the
 * countries widget, the Source panel, the embed dialog): fetched once for the page, and fetched
 * again on the next call after a failure, so a reader who was offline can retry.
 */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
