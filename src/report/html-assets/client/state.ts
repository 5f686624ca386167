/**
 * What the reader is looking at, kept in the page's query string so a link reproduces it: the team or
 * system opened, the selected node and every filter. Written with replaceState (no reload, no history
 * entry per keystroke); the hash stays free for the section anchors.
 */
export interface ViewState {
  /** A team id or system ref whose component graph is open; empty for the organisation. */
  open: string;
  sel: string;
  q: string;
  team: string;
  system: string;
  rule: string;
  sev: string;
  group: string;
  isNew: boolean;
}

const KEYS = ['open', 'sel', 'q', 'team', 'system', 'rule', 'sev', 'group'] as const;

export function readState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const state: ViewState = { open: '', sel: '', q: '', team: '', system: '', rule: '', sev: '', group: '', isNew: params.get('new') === '1' };
  for (const key of KEYS) state[key] = params.get(key) ?? '';
  return state;
}

export function writeState(state: ViewState): void {
  const params = new URLSearchParams();
  for (const key of KEYS) if (state[key] !== '') params.set(key, state[key]);
  if (state.isNew) params.set('new', '1');
  const query = params.toString();
  const url = `${location.pathname}${query === '' ? '' : `?${query}`}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
}
