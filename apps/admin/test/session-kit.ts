import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's chromium, which the browser tests drive. */
export const CHROMIUM = '/usr/bin/chromium';
/** Whether {@link CHROMIUM} is installed; the browser tests skip loudly without it. */
export const hasChromium = existsSync(CHROMIUM);
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** Says why a browser test file skipped, when it does. */
export function warnIfNoChromium(what: string): void {
  if (!hasChromium) console.warn(`SKIPPED ${what}: ${CHROMIUM} is missing (apt-get install -y chromium).`);
}

/**
 * Where screenshots go: `docs/admin/` with `PLINTH_ADMIN_SCREENSHOTS=1` (to refresh the pictures of
 * the docs), else a new temporary folder.
 */
export function screenshotFolder(prefix: string): string {
  const folder = process.env.PLINTH_ADMIN_SCREENSHOTS
    ? fileURLToPath(new URL('../../../docs/admin/', import.meta.url))
    : mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** Keeps the text of every browser confirmation `target` shows (the console watch accepts them). */
export function recordConfirmations(target: Page, texts: string[]): Page {
  target.on('dialog', (dialog) => texts.push(dialog.message()));
  return target;
}

/** Signs in on the sign-in page and waits for the shell. */
export async function signIn(target: Page, who: { email: string; password: string }): Promise<void> {
  await target.getByLabel('Email').fill(who.email);
  await target.getByLabel('Password').fill(who.password);
  await target.getByRole('button', { name: 'Sign in' }).click();
  await target.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Saves a screenshot of `target` as `<name>.png` in `folder`. */
export async function shoot(target: Page, folder: string, name: string): Promise<void> {
  await target.screenshot({ path: join(folder, `${name}.png`) });
}

/** A chromium with one desktop-sized page signed in to the admin app. */
export interface BrowserSession {
  browser: Browser;
  desktop: BrowserContext;
  page: Page;
}

/**
 * Launches chromium, opens the admin app of `url` in a desktop-sized page that `prepare` sets up
 * (console watch, confirmations) and signs in as `who`.
 */
export async function startBrowserSession(
  url: string,
  who: { email: string; password: string },
  prepare: (target: Page) => Page,
): Promise<BrowserSession> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const desktop = await browser.newContext({ viewport: DESKTOP });
  const page = prepare(await desktop.newPage());
  await page.goto(`${url}/admin`);
  await signIn(page, who);
  return { browser, desktop, page };
}

/** A phone-sized, touch page sharing the desktop page's session; close its context when done. */
export async function openPhonePage(
  session: BrowserSession,
  prepare: (target: Page) => Page,
): Promise<{ phone: Page; context: BrowserContext }> {
  const context = await session.browser.newContext({
    viewport: PHONE,
    storageState: await session.desktop.storageState(),
    isMobile: true,
    hasTouch: true,
  });
  return { phone: prepare(await context.newPage()), context };
}
