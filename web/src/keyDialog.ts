// The API key dialog: paste a key once per browser session.
import { $, announce } from './dom.ts';
import { getKey, setKey } from './key.ts';

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
  button.textContent = set ? 'Key set' : 'API key';
  button.classList.toggle('has-key', set);
  button.setAttribute('aria-label', set ? 'API key set for this session; change or forget it' : 'Enter an API key');
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
