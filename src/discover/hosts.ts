/** Names of the machine a process runs on: they reach no other service, whichever container declares them. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '0.0.0.0', 'host.docker.internal', '::1']);

export function isLocalHost(host: string): boolean {
  return LOCAL_HOSTS.has(host.toLowerCase());
}

/**
 * The names a service is reached by, without local ones: `hostname: localhost` (a container on the host
 * network) names the machine, not the service, and must not draw every `localhost` reference to it.
 */
export function networkNames(hosts: ReadonlyArray<string | undefined>): string[] {
  const names: string[] = [];
  for (const host of hosts) if (host !== undefined && host !== '' && !isLocalHost(host) && !names.includes(host)) names.push(host);
  return names;
}

/** Whether two services declare a network name in common (a compose `hostname:` in one file, the service name in another). */
export function sharesName(a: readonly string[], b: readonly string[]): boolean {
  const lower = new Set(a.map((h) => h.toLowerCase()));
  return b.some((h) => lower.has(h.toLowerCase()));
}
