#!/usr/bin/env node
/**
 * Takes the README's screenshots (docs/playground-light.png, docs/playground-dark.png) of the built
 * page in Debian's headless Chromium. Run `npm run build:playground` first.
 */
import { chromium } from 'playwright-core';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPlayground } from '../dist/src/cli/commands/playground.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const server = await startPlayground({ dir: join(root, 'dist', 'playground') });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme: scheme });
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready=true]');
    if (scheme === 'dark') {
      // The dark shot shows a typo's diagnostic and the per-statement view.
      await page.click('[role=tab][data-view=statements]');
      const line = page.locator('#config-editor .cm-line', { hasText: 'Len(log.body)' });
      await line.click();
      await page.keyboard.press('End');
      const runs = Number(await page.getAttribute('body', 'data-runs'));
      await page.keyboard.insertText('\n      - set(log.attributes["size"], Lne(log.body))');
      await page.waitForFunction((n) => Number(document.body.dataset.runs) > n, runs);
      await page.locator('.cm-lintRange-error').hover();
      await page.locator('.cm-tooltip-lint').waitFor();
    }
    await page.screenshot({ path: join(root, 'docs', `playground-${scheme}.png`) });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
