import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOTP } from 'otpauth';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, createConsoleWatch } from './browser-kit.js';
import { type RunningPlinth, startPlinth } from './start-plinth.js';

const CHROMIUM = '/usr/bin/chromium';
const EMAIL = 'admin@plinth.test';
const PASSWORD = 'correct horse battery';
const TOKEN = 'admin-e2e-static-token';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
// `PLINTH_ADMIN_SCREENSHOTS=1` refreshes the pictures in docs/admin/; otherwise they go to a temp folder.
const SHOTS = process.env.PLINTH_ADMIN_SCREENSHOTS
  ? fileURLToPath(new URL('../../../docs/admin/', import.meta.url))
  : mkdtempSync(join(tmpdir(), 'plinth-admin-shots-'));

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`SKIPPED the admin browser tests: ${CHROMIUM} is missing (apt-get install -y chromium).`);
}

let plinth: RunningPlinth;
let browser: Browser;
let desktop: BrowserContext;
let page: Page;
// Collects console errors, lets a step provoke some on purpose, and accepts every confirmation.
const { errors: consoleErrors, watch, provoking } = createConsoleWatch();
const api = createApi(() => plinth.url, TOKEN);

/** Fills the create-collection form of the data model screen and submits it. */
async function createCollection(
  name: string,
  rows: Array<[string, string, boolean, string?]>,
): Promise<void> {
  const form = page.getByRole('form', { name: 'Create a collection' });
  await form.getByLabel('Collection name').fill(name);
  for (const [index, [field, type, required, related]] of rows.entries()) {
    if (index > 0) await form.getByRole('button', { name: 'Add field' }).click();
    const row = form.getByRole('group', { name: `Field ${index + 1}` });
    await row.getByLabel('Name').fill(field);
    await row.getByLabel('Type').selectOption(type);
    if (related) await row.getByLabel('Related collection').selectOption(related);
    if (required) await row.getByLabel('Required').check();
  }
  if (name === 'articles') {
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'data-model-desktop');
  }
  await form.getByRole('button', { name: 'Create collection' }).click();
  await page.getByRole('heading', { name, exact: true }).waitFor();
}

async function shoot(target: Page, name: string): Promise<void> {
  await target.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** The titles in the list's first column, in order. */
async function listedTitles(target: Page): Promise<string[]> {
  return target.locator('table.items tbody tr td:nth-child(2)').allInnerTexts();
}

describe.skipIf(!hasChromium)('the admin app in chromium', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    plinth = await startPlinth({
      ADMIN_EMAIL: EMAIL,
      ADMIN_PASSWORD: PASSWORD,
      ADMIN_TOKEN: TOKEN,
      // One SSO provider for the sign-in page to list; the browser never goes to it.
      AUTH_PROVIDERS: 'corp',
      AUTH_CORP_DRIVER: 'oauth2',
      AUTH_CORP_LABEL: 'Corp SSO',
      AUTH_CORP_CLIENT_ID: 'plinth-admin',
      AUTH_CORP_CLIENT_SECRET: 'not-a-secret',
      AUTH_CORP_AUTHORIZE_URL: 'https://sso.invalid/authorize',
      AUTH_CORP_ACCESS_URL: 'https://sso.invalid/token',
      AUTH_CORP_PROFILE_URL: 'https://sso.invalid/me',
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    desktop = await browser.newContext({ viewport: DESKTOP });
    page = watch(await desktop.newPage());
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await plinth?.stop();
  });

  it('redirects the root to the sign-in page and signs in with a password', async () => {
    await page.goto(plinth.url);
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/admin/);
    await page.getByRole('heading', { name: 'Sign in to Plinth' }).waitFor();
    await shoot(page, 'sign-in-desktop');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Content' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/content');
  });

  it('keeps the session across a reload (silent refresh of the session cookie)', async () => {
    await page.reload();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    const cookies = await desktop.cookies();
    expect(cookies.find((cookie) => cookie.name === 'directus_session_token')?.httpOnly).toBe(true);
  });

  it('creates collections with fields, an m2o among them, and adds a field in the data model screen', async () => {
    await page.getByRole('link', { name: 'Data model' }).click();
    await createCollection('authors', [['name', 'string', false]]);
    await page.getByRole('link', { name: 'Data model' }).click();
    await createCollection('articles', [
      ['title', 'string', true],
      ['views', 'integer', false],
      ['published', 'boolean', false],
      ['published_on', 'date', false],
      ['extra', 'json', false],
      ['author', 'm2o', false, 'authors'],
    ]);
    await page.getByRole('link', { name: 'Data model' }).click();
    const addField = page.getByRole('form', { name: 'Add a field' });
    await addField.getByLabel('To collection').selectOption('articles');
    await addField.getByLabel('Name').fill('status');
    await addField.getByRole('button', { name: 'Add field to collection' }).click();
    await page.getByText('Added status to articles.').waitFor();

    const fields = (await api('GET', '/fields/articles')) as Array<{ field: string; type: string }>;
    expect(fields.map((field) => `${field.field}:${field.type}`)).toEqual(
      expect.arrayContaining([
        'id:integer',
        'title:string',
        'views:integer',
        'published:boolean',
        'extra:json',
        'author:integer',
        'status:string',
      ]),
    );
    const relation = (await api('GET', '/relations/articles/author')) as { related_collection: string };
    expect(relation.related_collection).toBe('authors');
  });

  it('adds items through the editor, showing validation errors at their field', async () => {
    // What the data model screen does not set yet comes through the API: choices and a validation rule.
    await api('POST', '/items/authors', [{ name: 'Ada' }, { name: 'Grace' }]);
    await api('PATCH', '/fields/articles/status', {
      meta: {
        interface: 'select-dropdown',
        options: {
          choices: [
            { text: 'Draft', value: 'draft' },
            { text: 'Live', value: 'live' },
          ],
        },
      },
    });
    await api('PATCH', '/fields/articles/views', { meta: { validation: { views: { _gte: 0 } } } });

    for (const [title, views, status] of [
      ['First post', '5', 'draft'],
      ['Second post', '42', 'live'],
      ['Third post', '17', 'live'],
    ] as const) {
      await page.goto(`${plinth.url}/admin/content/articles/+`);
      await page.getByRole('heading', { name: 'New item in articles' }).waitFor();
      if (title === 'First post') {
        await page.getByLabel('views').fill('-1');
        await provoking(/status of 400/, async () => {
          await page.getByRole('button', { name: 'Save', exact: true }).click();
          await expect
            .poll(() => page.locator('.field.has-error label').allInnerTexts())
            .toEqual(
              expect.arrayContaining([expect.stringMatching(/^title/), expect.stringMatching(/^views/)]),
            );
        });
        await shoot(page, 'item-validation-desktop');
      }
      await page.getByLabel('title').fill(title);
      await page.getByLabel('views').fill(views);
      await page.getByLabel('status').selectOption(status);
      await page.getByLabel('published', { exact: true }).setChecked(status === 'live');
      await page.getByLabel('published_on').fill('2026-12-01');
      await page.getByLabel('extra').fill('{"tags": ["a"]}');
      await page.getByRole('combobox', { name: 'author' }).selectOption({ label: 'Ada (#1)' });
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByRole('heading', { name: 'articles', exact: true }).waitFor();
    }
    await expect.poll(() => listedTitles(page)).toEqual(['First post', 'Second post', 'Third post']);
    const items = (await api('GET', '/items/articles?sort=id')) as Array<Record<string, unknown>>;
    expect(items[0]).toMatchObject({
      title: 'First post',
      views: 5,
      status: 'draft',
      author: 1,
      extra: { tags: ['a'] },
    });
    expect(items[1]).toMatchObject({ published: true, published_on: '2026-12-01' });
  });

  it('edits an item with save-and-stay', async () => {
    await page.getByRole('link', { name: 'First post' }).click();
    await page.getByLabel('title').fill('First post, edited');
    await page.getByRole('combobox', { name: 'author' }).selectOption({ label: 'Grace (#2)' });
    await page.getByRole('button', { name: 'Save and stay' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await shoot(page, 'item-editor-desktop');
    const [first] = (await api('GET', '/items/articles?sort=id&limit=1')) as Array<Record<string, unknown>>;
    expect(first).toMatchObject({ title: 'First post, edited', author: 2 });
  });

  it('sorts, searches and filters the list', async () => {
    await page.getByRole('link', { name: 'articles' }).first().click();
    await expect.poll(() => listedTitles(page)).toHaveLength(3);
    await page.getByRole('button', { name: 'views' }).click();
    await page.getByRole('button', { name: 'views' }).click();
    await expect.poll(() => listedTitles(page)).toEqual(['Second post', 'Third post', 'First post, edited']);

    await page.getByPlaceholder('Search…').fill('Third');
    await expect.poll(() => listedTitles(page)).toEqual(['Third post']);
    await page.getByPlaceholder('Search…').fill('');

    await page.getByRole('button', { name: 'Add filter' }).click();
    const first = page.getByRole('group', { name: 'Filter 1' });
    await first.getByLabel('Field').selectOption('views');
    await first.getByLabel('Operator').selectOption('_gt');
    await first.getByLabel('Value').fill('10');
    await page.getByRole('button', { name: 'Add filter' }).click();
    const second = page.getByRole('group', { name: 'Filter 2' });
    await second.getByLabel('Field').selectOption('status');
    await second.getByLabel('Value').fill('live');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => listedTitles(page)).toEqual(['Second post', 'Third post']);
    await second.getByLabel('Value').fill('draft');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => page.getByText('No items match.').count()).toBe(1);
    await page.getByRole('button', { name: 'Remove filter 2' }).click();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => listedTitles(page)).toEqual(['Second post', 'Third post']);
    await shoot(page, 'list-desktop');
  });

  it('deletes items in bulk and from the editor', async () => {
    await page.getByRole('checkbox', { name: 'Select all items on this page' }).check();
    await page.getByRole('button', { name: 'Delete selected (2)' }).click();
    await page.getByRole('button', { name: 'Remove filter 1' }).click();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => listedTitles(page)).toEqual(['First post, edited']);
    await page.getByRole('link', { name: 'First post, edited' }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('No items match.').waitFor();
    expect(await api('GET', '/items/articles')).toEqual([]);
  });

  it('works on a phone: the menu opens the collection tree', async () => {
    await api('POST', '/items/articles', { title: 'On the phone', views: 1, status: 'live', author: 1 });
    const state = await desktop.storageState();
    const phoneContext = await browser.newContext({
      viewport: PHONE,
      storageState: state,
      hasTouch: true,
      isMobile: true,
    });
    const phone = watch(await phoneContext.newPage());
    await phone.goto(`${plinth.url}/admin/content`);
    await phone.getByRole('heading', { name: 'Content' }).waitFor();
    expect(await phone.getByRole('navigation', { name: 'Collections' }).isVisible()).toBe(false);
    await phone.getByRole('button', { name: 'Menu' }).click();
    await shoot(phone, 'navigation-phone');
    await phone.getByRole('link', { name: 'articles' }).click();
    await expect.poll(() => listedTitles(phone)).toEqual(['On the phone']);
    await shoot(phone, 'list-phone');
    await phone.getByRole('link', { name: 'On the phone' }).click();
    await phone.getByLabel('title').waitFor();
    await shoot(phone, 'item-editor-phone');
    await phoneContext.close();
  });

  it('goes back to sign-in when the session ends elsewhere', async () => {
    const cookie = (await desktop.cookies()).find((entry) => entry.name === 'directus_session_token')!;
    const logout = await fetch(`${plinth.url}/auth/logout`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: `${cookie.name}=${cookie.value}` },
      body: JSON.stringify({ mode: 'session' }),
    });
    expect(logout.status).toBe(204);
    // The screen's requests go out together: those answered after the first 401 cleared the ended
    // session's cookie arrive anonymous and are refused with 403.
    await provoking(/status of 40[13]/, async () => {
      await page.getByRole('link', { name: 'authors' }).click();
      await page.getByText('Your session has ended. Sign in again.').waitFor();
    });
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'authors' }).waitFor();
  });

  it('signs out, and the sign-in page fits a phone', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Plinth' }).waitFor();
    expect((await desktop.cookies()).some((cookie) => cookie.name === 'directus_session_token')).toBe(false);
    const phoneContext = await browser.newContext({ viewport: PHONE, isMobile: true });
    const phone = watch(await phoneContext.newPage());
    await phone.goto(`${plinth.url}/admin`);
    await phone.getByRole('heading', { name: 'Sign in to Plinth' }).waitFor();
    await shoot(phone, 'sign-in-phone');
    await phoneContext.close();
  });

  it('lists the SSO providers of GET /auth and offers a sign-in link', async () => {
    const sso = page.getByRole('link', { name: 'Sign in with Corp SSO' });
    const href = new URL((await sso.getAttribute('href'))!, plinth.url);
    expect(href.pathname).toBe('/auth/login/corp');
    expect(href.searchParams.get('redirect')).toBe(`${new URL(plinth.url).origin}/admin/content?sso=done`);

    await page.getByRole('button', { name: 'Email me a sign-in link instead' }).click();
    await page.getByLabel('Email for a sign-in link').fill(EMAIL);
    await provoking(/status of 403/, async () => {
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await page.getByText('Sign-in links are not enabled on this server.').waitFor();
    });
  });

  it('asks for a password reset, and a reset link with a bad token says it is no longer valid', async () => {
    await page.getByRole('button', { name: 'Forgot your password?' }).click();
    await page.getByLabel('Email for a reset link').fill(EMAIL);
    await page
      .getByRole('form', { name: 'Forgot your password?' })
      .getByRole('button', { name: 'Send' })
      .click();
    await page.getByText('a link to choose a new password is on its way').waitFor();

    await page.goto(`${plinth.url}/admin/reset-password?token=not-a-token`);
    await page.getByLabel('New password').fill('a new password');
    await page.getByLabel('Repeat the password').fill('a new password');
    await provoking(/status of 40[13]/, async () => {
      await page.getByRole('button', { name: 'Save password' }).click();
      await page.getByText('This link is no longer valid. Ask for a new one.').waitFor();
    });
    await page.goto(`${plinth.url}/admin/login`);
  });

  it('asks for the two-factor code when the API answers INVALID_OTP', async () => {
    const roles = (await api('GET', '/roles')) as Array<{ id: string }>;
    const email = 'tfa@plinth.test';
    await api('POST', '/users', { email, password: PASSWORD, role: roles[0]!.id, status: 'active' });
    const login = await fetch(`${plinth.url}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    const { access_token: token } = ((await login.json()) as { data: { access_token: string } }).data;
    const asUser = (path: string, body: unknown) =>
      fetch(`${plinth.url}${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const { secret } = (
      (await (await asUser('/users/me/tfa/generate', { password: PASSWORD })).json()) as {
        data: { secret: string };
      }
    ).data;
    const totp = new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' });
    expect((await asUser('/users/me/tfa/enable', { secret, otp: totp.generate() })).status).toBe(204);

    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    const code = page.getByLabel('Two-factor code');
    await provoking(/status of 401/, async () => {
      await page.getByRole('button', { name: 'Sign in' }).click();
      await code.waitFor();
    });
    await shoot(page, 'sign-in-otp-desktop');
    await code.fill(totp.generate());
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Content' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Plinth' }).waitFor();
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
