/**
 * Words that name a process of a service rather than its domain: `orders-api` and `orders-worker` are two
 * processes of the orders context, so they do not count as two bounded contexts sharing its data.
 */
const PROCESS_WORDS = new Set([
  'api', 'apis', 'worker', 'workers', 'processor', 'service', 'services', 'svc', 'server', 'web', 'job', 'jobs', 'consumer', 'consumers',
  'producer', 'scheduler', 'cron', 'backend', 'app', 'daemon', 'listener', 'handler', 'host', 'http', 'grpc', 'rest', 'migrator',
  'migrations', 'migration', 'sync', 'background', 'task', 'tasks', 'queue', 'runner', 'ms',
]);

/** A word's stem, so `ordering`, `orders` and `order` name one context (crude, but only compared with itself). */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The name of the bounded context a unit's name points to: its domain words, process words left out. */
export function contextStem(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  const domain = words.filter((word) => !PROCESS_WORDS.has(word)).map(stem);
  return (domain.length > 0 ? domain : words).join('-') || name.toLowerCase();
}

/**
 * Groups items into bounded contexts: items whose names have one stem, or that `together` says belong
 * together (one folder, one module), are one context. Returns the number of contexts and the groups.
 */
export function boundedContexts<T>(items: readonly T[], nameOf: (item: T) => string, together: (a: T, b: T) => boolean = () => false): T[][] {
  const groups: T[][] = [];
  for (const item of items) {
    const joined = groups.filter((group) => group.some((other) => contextStem(nameOf(other)) === contextStem(nameOf(item)) || together(other, item)));
    const merged = [...joined.flat(), item];
    for (const group of joined) groups.splice(groups.indexOf(group), 1);
    groups.push(merged);
  }
  return groups;
}
