/**
 * The playground in a real headless Chromium (Debian's `chromium`, driven by playwright-core; no
 * browser is downloaded). Skipped, with a message, when /usr/bin/chromium is not installed.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground, type PlaygroundServer } from '../../src/cli/commands/playground.js';
import { runFilter } from '../../src/cli/commands/filter.js';
import { runTransform } from '../../src/cli/commands/run.js';
import { configShape } from '../../playground/src/engine.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`playground browser tests skipped: ${CHROMIUM} is not installed (apt-get install -y chromium)`);

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface Handle {
  state(): { config: string; input: string; target: string; errorMode: string; gates: string[]; outputView: string };
  result(): { output: string | null; dropped: { record: string; condition: string | null }[]; explained: { record: string; events: { statement: string; matched: boolean; changes: unknown[] }[] }[] } | null;
}

// Generous per-test time: a loaded CI machine can take seconds per page load.
describe.skipIf(!hasChromium)('playground in Chromium', { timeout: 90_000 }, () => {
  let dir: string;
  let server: PlaygroundServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ottl-playground-'));
    // @ts-expect-error -- the build script is plain ESM JavaScript without types
    const { buildPlayground } = (await import('../../playground/build.mjs')) as { buildPlayground(o: { outdir: string }): Promise<unknown> };
    await buildPlayground({ outdir: join(dir, 'page') });
    server = await startPlayground({ dir: join(dir, 'page') });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** A fresh page, loaded and having run once. */
  async function open(url = server.url): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('pageerror', (e) => {
      throw e;
    });
    await page.goto(url);
    await page.waitForSelector('body[data-ready=true]');
    return page;
  }

  const handle = (page: Page) => ({
    state: () => page.evaluate(() => (window as unknown as { ottlPlayground: Handle }).ottlPlayground.state()),
    result: () => page.evaluate(() => (window as unknown as { ottlPlayground: Handle }).ottlPlayground.result()),
  });

  /** Waits until the page has run again after an edit. */
  async function nextRun(page: Page, action: () => Promise<unknown>): Promise<void> {
    const runs = Number(await page.getAttribute('body', 'data-runs'));
    await action();
    await page.waitForFunction((n) => Number(document.body.dataset.runs) > n, runs);
  }

  /** Replaces the config editor's text (as a paste would). */
  async function setConfig(page: Page, text: string): Promise<void> {
    await page.click('#config-editor .cm-content');
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(text);
  }

  it('loads, and a typed statement shows in the output diff', async () => {
    const page = await open();
    expect(await page.title()).toBe('OTTL playground');
    await nextRun(page, async () => {
      await setConfig(page, 'log_statements:\n  - ');
      await page.keyboard.type('set(log.attributes["reviewed"], "yes")');
    });
    expect((await handle(page).state()).config).toBe('log_statements:\n  - set(log.attributes["reviewed"], "yes")');
    const added = await page.locator('#diff .diff-added').allTextContents();
    expect(added.join('\n')).toContain('"reviewed": {"stringValue": "yes"}');
    expect(await page.textContent('#diff-summary')).toMatch(/\d+ added/);
    expect(await page.textContent('#timing')).toMatch(/compiled in [\d.]+ ms, ran in [\d.]+ ms/);
    await page.close();
  });

  it('underlines a typo and offers the did-you-mean on hover', async () => {
    const page = await open();
    await nextRun(page, () => setConfig(page, 'log_statements:\n  - set(log.attributes["h"], SHA265(log.body))\n'));
    const range = page.locator('.cm-lintRange-error');
    await expect.poll(() => range.count()).toBe(1);
    expect(await range.textContent()).toBe('SHA265');
    await range.hover();
    const tooltip = page.locator('.cm-tooltip-lint');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain('did you mean "SHA256"');
    expect(await page.textContent('#problems')).toMatch(/^2:\d+ .*SHA265/);
    await page.close();
  });

  it('completes a function name and a context path', async () => {
    const page = await open();
    await setConfig(page, 'log_statements:\n  - set(log.attributes["h"], SHA2');
    await page.keyboard.press('Control+Space');
    const option = page.locator('.cm-tooltip-autocomplete li', { hasText: 'SHA256' }).first();
    await option.waitFor();
    expect(await page.locator('.cm-tooltip-autocomplete').textContent()).toContain('SHA256');
    // CodeMirror ignores Enter for 75 ms after the list opens (its guard against accidental picks).
    await page.waitForTimeout(100);
    await page.keyboard.press('Enter');
    await page.keyboard.type('log.sev');
    await page.locator('.cm-tooltip-autocomplete li', { hasText: 'severity_text' }).first().waitFor();
    const labels = await page.locator('.cm-tooltip-autocomplete li .cm-completionLabel').allTextContents();
    expect(labels).toContain('severity_text');
    expect(labels).toContain('severity_number');
    await page.waitForTimeout(100);
    await page.keyboard.press('Enter');
    expect((await handle(page).state()).config).toBe('log_statements:\n  - set(log.attributes["h"], SHA256(log.severity_number');
    await page.close();
  });

  it('reproduces the whole state from a shared link in a fresh page', async () => {
    const page = await open();
    await nextRun(page, () => setConfig(page, 'log_statements:\n  - set(log.severity_text, "shared")\n'));
    await nextRun(page, () => page.selectOption('#error-mode', 'propagate'));
    const hash = await page.evaluate(() => location.hash);
    await page.click('[role=tab][data-view=statements]');
    await page.waitForFunction((h) => location.hash !== h, hash);
    const first = await handle(page).state();
    const url = page.url();
    expect(url).toContain('#s=');
    await page.close();

    const fresh = await open(url);
    expect(await handle(fresh).state()).toEqual(first);
    expect(await fresh.inputValue('#error-mode')).toBe('propagate');
    expect(await fresh.getAttribute('[role=tab][data-view=statements]', 'aria-selected')).toBe('true');
    const statements = await fresh.textContent('#statements');
    expect(statements).toContain('set(log.severity_text, "shared")');
    expect(statements).toContain('~ severity_text: "INFO" → "shared"');
    await fresh.close();
  });

  it('switching to a filter config shows the dropped record and the condition', async () => {
    const page = await open();
    await nextRun(page, () => page.selectOption('#sample', 'logs-filter'));
    await page.click('[role=tab][data-view=dropped]');
    expect(await page.textContent('#dropped-count')).toBe(' (1)');
    const item = await page.textContent('#dropped .dropped-item');
    expect(item).toContain('log record 2');
    expect(item).toContain('log.severity_number < SEVERITY_NUMBER_WARN');
    const result = await handle(page).result();
    expect(result?.dropped).toEqual([expect.objectContaining({ record: 'resource 1, scope 1 "app", log record 2' })]);
    await page.close();
  });

  it('gives the same output as `ottl run` / `ottl filter` on every bundled sample', async () => {
    const page = await open();
    const samples = await page.$$eval('#sample option', (os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
    expect(samples.length).toBeGreaterThanOrEqual(4);
    for (const id of samples) {
      if ((await page.inputValue('#sample')) !== id) await nextRun(page, () => page.selectOption('#sample', id));
      const state = await handle(page).state();
      const result = await handle(page).result();
      const config = join(dir, `${id}.yaml`);
      const input = join(dir, `${id}.json`);
      const output = join(dir, `${id}.out.json`);
      await writeFile(config, state.config);
      await writeFile(input, state.input);
      const processor = state.target.startsWith('processor:') ? state.target.slice('processor:'.length) : undefined;
      if (state.target.startsWith('pipeline:')) {
        // A pipeline is its processors in turn, each reading the previous one's output.
        const names = configShape(state.config).pipelines.find((p) => `pipeline:${p.name}` === state.target)?.processors ?? [];
        expect(names.length, id).toBeGreaterThan(0);
        let from = input;
        for (const [i, name] of names.entries()) {
          const to = join(dir, `${id}.${i}.json`);
          const run = name.startsWith('filter') ? runFilter : runTransform;
          await run({ config, input: from, output: to, processor: name });
          from = to;
        }
        await writeFile(output, await readFile(from));
      } else if (/^(log|span|metric)_conditions:|^logs:/m.test(state.config)) {
        await runFilter({ config, input, output, processor });
      } else {
        await runTransform({ config, input, output, processor });
      }
      const cli = JSON.parse(await readFile(output, 'utf8'));
      expect(result?.output, id).not.toBeNull();
      expect(JSON.parse(result?.output ?? 'null'), id).toEqual(cli);
    }
    await page.close();
  });

  it('works at a narrow width with the keyboard alone', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready=true]');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Tab from the top reaches the sample picker, then the editors; Tab leaves an editor.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sample');
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.closest('#config-editor') !== null);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#config-editor'))).toBeNull();
    await page.close();
  });
});
