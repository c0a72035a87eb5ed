// The API key dialog: paste a key once per browser session.
import { $, announce } from './dom.ts';
import { getKey, setKey } from './key.ts';
import { whoAmI } from './me.ts';

export function openKeyDialog(): void {
  const dialog = document.getElementById('key-dialog') as HTMLDialogElement | null;
  const input = document.getElementById('key-input') as HTMLInputElement | null;
  if (!dialog || !input) return;
  input.value = getKey();
  dialog.showModal();
  input.focus();
}

export function updateKeyButton(): void {
  const button = $('#key-button');
  if (!button) return;
  const set = Boolean(getKey());
  showKeyState(button, set ? 'Key set' : 'API key', set ? 'Key set: an API key for this session; change or forget it' : 'Enter an API key', set);
  if (set) {
    const key = getKey();
    void whoAmI().then((me) => {
      if (getKey() !== key) return; // the key changed while we asked
      // The accessible name starts with the visible words (WCAG 2.5.3, axe label-content-name-mismatch).
      if (me) showKeyState(button, 'Key set', `Key set: API key of ${me.name} (${me.role}) for this session; change or forget it`, true, `${me.name} · ${me.role}`);
      else if (me === null) showKeyState(button, 'Key refused', 'Key refused by the server; enter another one', false);
    });
  }
}

/** Text only (never markup): the key's owner name comes from the server. */
function showKeyState(button: HTMLElement, text: string, label: string, ok: boolean, title = ''): void {
  button.textContent = text;
  button.classList.toggle('has-key', ok);
  button.setAttribute('aria-label', label);
  if (title) button.title = title;
  else button.removeAttribute('title');
}

export function setupKeyDialog(): void {
  const dialog = document.getElementById('key-dialog') as HTMLDialogElement | null;
  const form = document.getElementById('key-form') as HTMLFormElement | null;
  const input = document.getElementById('key-input') as HTMLInputElement | null;
  if (!dialog || !form || !input) return;
  $('#key-button')?.addEventListener('click', openKeyDialog);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    setKey(input.value.trim());
    dialog.close();
    announce(input.value.trim() ? 'API key saved for this session' : 'API key forgotten');
  });
  $('#key-forget')?.addEventListener('click', () => {
    setKey('');
    input.value = '';
    dialog.close();
    announce('API key forgotten');
  });
  $('#key-cancel')?.addEventListener('click', () => dialog.close());
  document.addEventListener('keychange', updateKeyButton);
  updateKeyButton();
}
