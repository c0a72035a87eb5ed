// Copy to the clipboard, with a fallback for pages served over plain http on a LAN address.
import { announce } from './dom.ts';

/** How long a button shows its confirmation before it reads as before. */
const CONFIRM_MS = 2000;

async function writeText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'offscreen';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}

/** A button that copies `text()` and confirms in its own label. */
export function copyButton(label: string, text: () => string, extraClass = ''): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `button ${extraClass}`.trim();
  button.textContent = label;
  let timer: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener('click', async () => {
    try {
      await writeText(text());
      button.textContent = 'Copied ✓';
      button.classList.add('confirmed');
      announce(`${label}: copied to the clipboard`);
    } catch {
      button.textContent = 'Copy failed';
    }
    clearTimeout(timer);
    timer = setTimeout(() => {
      button.textContent = label;
      button.classList.remove('confirmed');
    }, CONFIRM_MS);
  });
  return button;
}
