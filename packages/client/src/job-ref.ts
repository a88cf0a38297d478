/** A job id as users paste it: `id`, or `namespace/id` as the web UI shows it. */
export function splitJobRef(ref: string): { namespace: string | undefined; id: string } {
  const slash = ref.lastIndexOf('/');
  if (slash <= 0 || slash === ref.length - 1) return { namespace: undefined, id: ref };
  return { namespace: ref.slice(0, slash), id: ref.slice(slash + 1) };
}
