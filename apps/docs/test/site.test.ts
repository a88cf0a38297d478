import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serve } from './static-server.js';

// turbo builds the site before this test runs (test depends on build)
const DIST = fileURLToPath(new URL('../.vitepress/dist/', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let browser: Browser;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  expect(existsSync(DIST), 'build the site first (pnpm --filter docs build)').toBe(true);
  site = await serve(DIST);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${path}: console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
  const response = await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  if (!response || response.status() !== 200) errors.push(`${path}: HTTP ${response?.status() ?? 'no response'}`);
  return { page, errors };
}

describe('the built site', () => {
  it('every page loads with no console error and no broken internal link', async () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    const problems: string[] = [];
    while (queue.length > 0) {
      const path = queue.shift() as string;
      const { page, errors } = await open(path);
      problems.push(...errors);
      const links = await page.$$eval('a[href]', (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
      await page.close();
      for (const link of links) {
        const url = new URL(link);
        if (url.origin !== site.url) continue;
        const target = url.pathname;
        if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    expect(problems).toEqual([]);
    // home, guide pages, every schema page, the CLI and flavor references, the playground
    expect(seen.size).toBeGreaterThanOrEqual(20);
  }, 120_000);

  it('the playground reports /owner/name for a job-info without an owner name, and highlights it', async () => {
    const { page, errors } = await open('/playground');
    await page.selectOption('[data-testid=schema-select]', 'job-info');
    await page.fill('[data-testid=json-input]', JSON.stringify({ id: 'x', status: { stage: 'RUNNING' }, owner: { id: '1', type: 'user' } }, null, 2));
    await expect.poll(() => page.textContent('[data-testid=verdict]')).toContain('Invalid job-info');
    expect(await page.$$eval('[data-testid=error-pointer]', (nodes) => nodes.map((n) => n.textContent))).toEqual(['/owner/name']);
    // the owner object, which lacks the key, is the highlighted line
    expect(await page.$$eval('.json-line.has-error', (nodes) => nodes.map((n) => n.getAttribute('data-pointer')))).toEqual(['/owner']);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}playground-error.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('the playground builds "timeoutSeconds": 5400 for a timeout of 1.5h, and names a bad timeout', async () => {
    const { page, errors } = await open('/playground');
    await page.fill('[data-testid=spec-timeout]', '1.5h');
    await expect.poll(() => page.textContent('[data-testid=spec-output]')).toContain('"timeoutSeconds": 5400');
    expect(await page.textContent('[data-testid=spec-output]')).toContain('"spaceId": "user/app"');
    await page.fill('[data-testid=spec-timeout]', 'abc');
    await expect.poll(() => page.textContent('[data-testid=spec-error]')).toContain('invalid timeout "abc"');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('a schema page shows what the schema file says now (its descriptions, read at build time)', async () => {
    const schema = JSON.parse(readFileSync(new URL('../../../schemas/job-owner.schema.json', import.meta.url), 'utf8'));
    const { page, errors } = await open('/reference/schemas/job-owner');
    const text = (await page.textContent('main')) ?? '';
    expect(text).toContain(schema.description);
    for (const property of Object.values(schema.properties) as { description: string }[]) expect(text).toContain(property.description);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('dark mode switches on and off', async () => {
    const { page } = await open('/');
    const isDark = () => page.evaluate(() => document.documentElement.classList.contains('dark'));
    const before = await isDark();
    await page.click('.VPNavBarAppearance button, button.VPSwitchAppearance');
    await expect.poll(isDark).toBe(!before);
    await page.close();
  }, 60_000);

  it('local search finds a schema', async () => {
    const { page } = await open('/');
    await page.click('.VPNavBarSearchButton, #local-search button');
    await page.fill('input.search-input, #localsearch-input', 'ScheduledJobInfo');
    await expect.poll(() => page.$$eval('.result', (nodes) => nodes.map((n) => n.textContent ?? '').join(' '))).toContain('ScheduledJobInfo');
    await page.close();
  }, 60_000);
});
