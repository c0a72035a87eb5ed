// The API key lives in sessionStorage only: it is gone when the tab closes.
const KEY = 'verbatim.apiKey';

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
  document.dispatchEvent(new CustomEvent('keychange'));
}
