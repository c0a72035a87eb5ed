// Waiting on the page's own signals: the results section is busy while a search runs.
import type { Page } from 'playwright-core';

/** Wait until the search page shows `total` results and no search is running. */
export async function resultsSettled(page: Page, total: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const results = document.querySelector('.results');
      const shown = document.querySelector('.results-title .total')?.textContent?.replace(/\D/g, '');
      return results?.getAttribute('aria-busy') === 'false' && (shown === String(n) || (n === 0 && !!document.querySelector('.empty')));
    },
    total,
  );
}

export async function totalShown(page: Page): Promise<number> {
  return Number(((await page.locator('.results-title .total').textContent()) ?? '').replace(/\D/g, ''));
}
