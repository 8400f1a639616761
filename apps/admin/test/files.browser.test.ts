import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePng } from './png-fixture.js';
import { type RunningPlinth, startPlinth } from './start-plinth.js';

const CHROMIUM = '/usr/bin/chromium';
const EMAIL = 'admin@plinth.test';
const PASSWORD = 'correct horse battery';
const TOKEN = 'admin-files-static-token';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
// `PLINTH_ADMIN_SCREENSHOTS=1` refreshes the pictures in docs/admin/; otherwise they go to a temp folder.
const SHOTS = process.env.PLINTH_ADMIN_SCREENSHOTS
  ? fileURLToPath(new URL('../../../docs/admin/', import.meta.url))
  : mkdtempSync(join(tmpdir(), 'plinth-admin-shots-'));

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `SKIPPED the admin files browser tests: ${CHROMIUM} is missing (apt-get install -y chromium).`,
  );
}

interface StoredFile {
  id: string;
  title: string;
  type: string;
  width: number | null;
  height: number | null;
  folder: string | null;
  filesize: number;
}

let plinth: RunningPlinth;
let browser: Browser;
let desktop: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];

async function api(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${plinth.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
  return text ? (JSON.parse(text) as { data: unknown }).data : null;
}

async function filesNamed(filename: string): Promise<StoredFile[]> {
  const filter = encodeURIComponent(JSON.stringify({ filename_download: { _eq: filename } }));
  return (await api('GET', `/files?filter=${filter}&fields=*`)) as StoredFile[];
}

function watch(target: Page): Page {
  target.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${target.url()}: ${message.text()}`);
  });
  target.on('pageerror', (error) => consoleErrors.push(`${target.url()}: ${error.message}`));
  target.on('dialog', (dialog) => void dialog.accept());
  return target;
}

async function shoot(target: Page, name: string): Promise<void> {
  await target.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Waits until an `<img>` has loaded its bytes, and resolves with its natural size. */
async function loadedSize(image: Locator): Promise<{ width: number; height: number }> {
  await expect
    .poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0))
    .toBe(true);
  return image.evaluate((element: HTMLImageElement) => ({
    width: element.naturalWidth,
    height: element.naturalHeight,
  }));
}

/** The tile of the grid whose title is `title`. */
function card(target: Page | Locator, title: string): Locator {
  return target.getByRole('list', { name: 'Files' }).getByRole('button', { name: title });
}

/** The titles in the list's second column (after the select box), in order. */
async function listedTitles(target: Page): Promise<string[]> {
  return target.locator('table.items tbody tr td:nth-child(2)').allInnerTexts();
}

describe.skipIf(!hasChromium)('the admin file library, file fields and live lists in chromium', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    plinth = await startPlinth({
      ADMIN_EMAIL: EMAIL,
      ADMIN_PASSWORD: PASSWORD,
      ADMIN_TOKEN: TOKEN,
      WEBSOCKETS_ENABLED: 'true',
    });
    // A collection with an image field (an m2o to directus_files shown with the image interface).
    await api('POST', '/collections', {
      collection: 'posts',
      schema: {},
      meta: {},
      fields: [
        { field: 'id', type: 'integer', schema: { is_primary_key: true, has_auto_increment: true } },
        { field: 'title', type: 'string', meta: { interface: 'input' } },
        { field: 'cover', type: 'uuid', meta: { interface: 'file-image', special: ['file'] } },
      ],
    });
    await api('POST', '/relations', {
      collection: 'posts',
      field: 'cover',
      related_collection: 'directus_files',
      schema: { on_delete: 'SET NULL' },
    });
    await api('POST', '/items/posts', { title: 'Hello' });

    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    desktop = await browser.newContext({ viewport: DESKTOP });
    page = watch(await desktop.newPage());
    await page.goto(`${plinth.url}/admin/login`);
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Content' }).waitFor();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await plinth?.stop();
  });

  it('uploads an image from the file picker and shows its thumbnail from /assets', async () => {
    await page.getByRole('link', { name: 'Files' }).click();
    await page.getByRole('heading', { name: 'Files', exact: true }).waitFor();
    await page.getByText('No files here yet.').waitFor();
    await page.getByLabel('choose files to upload').setInputFiles([
      { name: 'sunset.png', mimeType: 'image/png', buffer: makePng(640, 400) },
      { name: 'meadow.png', mimeType: 'image/png', buffer: makePng(300, 500, [30, 110, 40], [200, 230, 90]) },
      { name: 'dusk.png', mimeType: 'image/png', buffer: makePng(400, 400, [20, 20, 60], [200, 80, 120]) },
    ]);

    const tile = card(page, 'Sunset');
    const thumbnail = tile.locator('img');
    expect(await thumbnail.getAttribute('src')).toMatch(
      /^\/assets\/[0-9a-f-]{36}\?width=200&height=200&fit=cover$/,
    );
    // The 640 × 400 original comes back cropped to the 200 × 200 square the grid asked for.
    expect(await loadedSize(thumbnail)).toEqual({ width: 200, height: 200 });
    const [stored] = await filesNamed('sunset.png');
    expect(stored).toMatchObject({ type: 'image/png', width: 640, height: 400, folder: null });
  });

  it('uploads by drag and drop into a new folder, with a progress bar while the bytes go out', async () => {
    const folders = page.getByRole('form', { name: 'New folder' });
    await folders.getByLabel('Folder name').fill('Covers');
    await folders.getByRole('button', { name: 'Create folder' }).click();
    await page.getByRole('list', { name: 'Folders' }).getByRole('button', { name: 'Covers' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/admin\/files\/[0-9a-f-]{36}$/);
    await page
      .getByRole('navigation', { name: 'Folder path' })
      .getByRole('button', { name: 'Covers' })
      .waitFor();

    // Slow the upload down (Chrome's network emulation) so its progress can be watched.
    const cdp = await desktop.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 512 * 1024,
    });
    const image = makePng(1200, 900, [20, 120, 60], [240, 240, 200], 1_500_000);
    const dataTransfer = await page.evaluateHandle((base64: string) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'forest.png', { type: 'image/png' }));
      return transfer;
    }, image.toString('base64'));
    await page.locator('.upload-zone').dispatchEvent('drop', { dataTransfer });

    const progress = page.getByRole('progressbar', { name: 'Uploading forest.png' });
    await expect
      .poll(async () => Number(await progress.getAttribute('value', { timeout: 1000 }).catch(() => 0)))
      .toBeGreaterThan(0);
    expect(Number(await progress.getAttribute('value'))).toBeLessThan(1);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await cdp.detach();

    await loadedSize(card(page, 'Forest').locator('img'));
    await expect.poll(() => progress.count()).toBe(0);
    const [stored] = await filesNamed('forest.png');
    const [covers] = (await api('GET', '/folders?filter[name][_eq]=Covers')) as Array<{ id: string }>;
    expect(stored).toMatchObject({ folder: covers?.id, width: 1200, height: 900 });

    await page
      .getByRole('navigation', { name: 'Folder path' })
      .getByRole('button', { name: 'All files' })
      .click();
    for (const title of ['Sunset', 'Meadow', 'Dusk']) await loadedSize(card(page, title).locator('img'));
    await shoot(page, 'files-desktop');
  });

  it('shows a file’s details, edits its title, moves it and deletes a file', async () => {
    await page.getByRole('list', { name: 'Folders' }).getByRole('button', { name: 'Covers' }).click();
    await card(page, 'Forest').click();
    const details = page.getByRole('complementary', { name: 'File details' });
    const [forest] = await filesNamed('forest.png');
    const megabytes = (Number(forest?.filesize) / 1024 / 1024).toFixed(1);
    await expect
      .poll(() => details.locator('dl').textContent())
      .toBe(`File nameforest.pngTypeimage/pngSize${megabytes} MBDimensions1200 × 900`);
    await loadedSize(details.locator('img.preview'));
    await shoot(page, 'file-details-desktop');

    await details.getByLabel('Title').fill('Green forest');
    await details.getByLabel('Description').fill('Taken in May.');
    await details.getByRole('button', { name: 'Save' }).click();
    await details.getByText('Saved.').waitFor();
    await card(page, 'Green forest').waitFor();

    await details.getByLabel('Folder').selectOption({ label: 'All files (root)' });
    await details.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => card(page, 'Green forest').count()).toBe(0);
    const [moved] = await filesNamed('forest.png');
    expect(moved).toMatchObject({ title: 'Green forest', folder: null });

    await page
      .getByRole('navigation', { name: 'Folder path' })
      .getByRole('button', { name: 'All files' })
      .click();
    await card(page, 'Green forest').click();
    await page
      .getByRole('complementary', { name: 'File details' })
      .getByRole('button', { name: 'Delete file' })
      .click();
    await expect.poll(() => card(page, 'Green forest').count()).toBe(0);
    expect(await filesNamed('forest.png')).toEqual([]);
  });

  it('sets an item’s image field from the library picker', async () => {
    await page.goto(`${plinth.url}/admin/content/posts/1`);
    await page.getByText('No image').waitFor();
    await page.getByRole('button', { name: 'Choose image for cover' }).click();
    const picker = page.getByRole('dialog', { name: 'Choose image for cover' });
    await loadedSize(card(picker, 'Sunset').locator('img'));
    await shoot(page, 'file-picker-desktop');
    await card(picker, 'Sunset').click();
    await expect.poll(() => picker.count()).toBe(0);
    const field = page.locator('.file-field');
    await field.getByText('Sunset').waitFor();
    expect(await loadedSize(field.locator('img'))).toEqual({ width: 128, height: 128 });

    await page.getByRole('button', { name: 'Save and stay' }).click();
    await page.getByText('Saved.').waitFor();
    const [sunset] = await filesNamed('sunset.png');
    expect(((await api('GET', '/items/posts/1')) as { cover: string }).cover).toBe(sunset?.id);
    await shoot(page, 'item-image-field-desktop');

    // Uploading in the picker picks the new file.
    await page.getByRole('button', { name: 'Choose image for cover' }).click();
    await page
      .getByRole('dialog', { name: 'Choose image for cover' })
      .getByLabel('choose files to upload')
      .setInputFiles({ name: 'harbour.png', mimeType: 'image/png', buffer: makePng(300, 300) });
    await field.getByText('Harbour').waitFor();
    await page.getByRole('button', { name: 'Save and stay' }).click();
    const [harbour] = await filesNamed('harbour.png');
    await expect
      .poll(async () => ((await api('GET', '/items/posts/1')) as { cover: string }).cover)
      .toBe(harbour?.id);
  });

  it('updates an open list when someone else creates, changes or deletes an item', async () => {
    await page.getByRole('link', { name: 'posts' }).click();
    await expect.poll(() => listedTitles(page)).toEqual(['Hello']);
    await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();

    const created = (await api('POST', '/items/posts', { title: 'Written elsewhere' })) as { id: number };
    await expect.poll(() => listedTitles(page)).toEqual(['Hello', 'Written elsewhere']);
    await api('PATCH', `/items/posts/${created.id}`, { title: 'Changed elsewhere' });
    await expect.poll(() => listedTitles(page)).toEqual(['Hello', 'Changed elsewhere']);
    await api('DELETE', '/items/posts/1');
    await expect.poll(() => listedTitles(page)).toEqual(['Changed elsewhere']);
  });

  it('fits a phone: the library grid and a file’s details', async () => {
    const phoneContext = await browser.newContext({
      viewport: PHONE,
      storageState: await desktop.storageState(),
      hasTouch: true,
      isMobile: true,
    });
    const phone = watch(await phoneContext.newPage());
    await phone.goto(`${plinth.url}/admin/files`);
    await loadedSize(card(phone, 'Sunset').locator('img'));
    await shoot(phone, 'files-phone');
    await card(phone, 'Sunset').click();
    await phone.getByRole('complementary', { name: 'File details' }).getByText('640 × 400').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await phoneContext.close();
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
