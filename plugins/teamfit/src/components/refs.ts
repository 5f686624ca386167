/** `group:default/payments` reads as `payments`, `group:ops/payments` as `ops/payments`: the namespace only when it is not the default. */
export function shortRef(ref: string): string {
  const rest = ref.slice(ref.indexOf(':') + 1);
  return rest.startsWith('default/') ? rest.slice('default/'.length) : rest;
}

/** The refs as short names, or `none`. */
export function refList(refs: readonly string[]): string {
  return refs.length === 0 ? 'none' : refs.map(shortRef).join(', ');
}
