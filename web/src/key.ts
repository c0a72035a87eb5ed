// The API key lives in sessionStorage only: it is gone when the tab closes.
const KEY = 'verbatim.apiKey';
const CREATOR = 'verbatim.creator';

export function getKey(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function setKey(value: string): void {
  if (value) sessionStorage.setItem(KEY, value);
  else sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(CREATOR);
  document.dispatchEvent(new CustomEvent('keychange'));
}

/** The creator id the server put on annotations made with this key (learnt from our own writes). */
export function getCreator(): string {
  return sessionStorage.getItem(CREATOR) ?? '';
}

export function rememberCreator(id: string): void {
  if (id) sessionStorage.setItem(CREATOR, id);
}
