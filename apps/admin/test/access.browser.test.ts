import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, createConsoleWatch } from './browser-kit.js';
import {
  type BrowserSession,
  hasChromium,
  openPhonePage,
  recordConfirmations,
  screenshotFolder,
  shoot as shootInto,
  signIn,
  startBrowserSession,
  warnIfNoChromium,
} from './session-kit.js';
import { type RunningPlinth, startPlinth } from './start-plinth.js';

const ADMIN = { email: 'admin@plinth.test', password: 'correct horse battery' };
const READER = { email: 'reader@plinth.test', password: 'a reader password' };
const TOKEN = 'access-e2e-static-token';
const SHOTS = hasChromium ? screenshotFolder('plinth-access-shots-') : '';
warnIfNoChromium('the access browser tests');

// Outgoing mail goes to a file through a stand-in for sendmail, so invitations and resets can be read.
const MAIL_DIR = mkdtempSync(join(tmpdir(), 'plinth-access-mail-'));
const MAILBOX = join(MAIL_DIR, 'mailbox');
const SENDMAIL = join(MAIL_DIR, 'sendmail');
const sentMail = () => (existsSync(MAILBOX) ? readFileSync(MAILBOX, 'utf8') : '');

let plinth: RunningPlinth;
let session: BrowserSession;
let page: Page;
// Collects console errors, lets a step provoke some on purpose, and accepts every confirmation.
const watcher = createConsoleWatch();
const confirmations: string[] = [];
const watch = (target: Page) => recordConfirmations(watcher.watch(target), confirmations);
const api = createApi(() => plinth.url, TOKEN);
const shoot = (target: Page, name: string) => shootInto(target, SHOTS, name);

/** The texts of a table row's cells. */
function cells(row: Locator): Promise<string[]> {
  return row.locator('td').allTextContents();
}

/** The texts of a table's first column, in order. */
async function firstColumn(target: Page, nth = 1): Promise<string[]> {
  return target.locator(`table.items tbody tr td:nth-child(${nth})`).allInnerTexts();
}

describe.skipIf(!hasChromium)('access screens of the admin app in chromium', () => {
  beforeAll(async () => {
    writeFileSync(SENDMAIL, `#!/bin/sh\ncat >> '${MAILBOX}'\n`);
    chmodSync(SENDMAIL, 0o755);
    plinth = await startPlinth({
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      ADMIN_TOKEN: TOKEN,
      EMAIL_TRANSPORT: 'sendmail',
      EMAIL_SENDMAIL_PATH: SENDMAIL,
    });
    await api('POST', '/collections', {
      collection: 'notes',
      schema: {},
      fields: [
        { field: 'id', type: 'integer', schema: { is_primary_key: true, has_auto_increment: true } },
        { field: 'title', type: 'string' },
        { field: 'visibility', type: 'string' },
      ],
    });
    await api('POST', '/items/notes', [
      { title: 'Open note', visibility: 'public' },
      { title: 'Secret note', visibility: 'private' },
      { title: 'Another open note', visibility: 'public' },
    ]);
    session = await startBrowserSession(plinth.url, ADMIN, watch);
    page = session.page;
  }, 90_000);

  afterAll(async () => {
    await session?.browser.close();
    await plinth?.stop();
  });

  it('creates a policy and gives it a filtered read permission in the matrix', async () => {
    await page.getByRole('link', { name: 'Policies' }).click();
    await page.getByRole('heading', { name: 'Policies', exact: true }).waitFor();
    const create = page.getByRole('form', { name: 'Create a policy' });
    await create.getByLabel('Policy name').fill('Readers');
    await create.getByRole('button', { name: 'Create policy' }).click();
    await page.getByRole('heading', { name: 'Policy: Readers' }).waitFor();

    await page.getByRole('combobox', { name: 'notes read' }).selectOption('custom');
    const editor = page.getByRole('form', { name: 'Custom read on notes' });
    await editor.getByRole('button', { name: 'Add condition' }).click();
    const condition = editor.getByRole('group', { name: 'Condition 1' });
    await condition.getByLabel('Field').selectOption('visibility');
    await condition.getByLabel('Operator').selectOption('_eq');
    await condition.getByLabel('Value').fill('public');
    await shoot(page, 'policy-permissions-desktop');
    await editor.getByRole('button', { name: 'Save rule' }).click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('combobox', { name: 'notes read' }).inputValue()).toBe('custom');

    // Reopened, the rule shows its condition; the field picker narrows the fields it grants.
    await page.getByRole('button', { name: 'Edit the read rule of notes' }).click();
    await expect.poll(() => condition.getByLabel('Value').inputValue()).toBe('public');
    await editor.getByRole('checkbox', { name: 'All fields' }).uncheck();
    for (const field of ['id', 'title', 'visibility']) {
      await editor.getByRole('checkbox', { name: field, exact: true }).check();
    }
    await editor.getByRole('button', { name: 'Save rule' }).click();
    await editor.waitFor({ state: 'detached' });

    await page.getByRole('combobox', { name: 'notes create' }).selectOption('all');
    await expect.poll(() => page.getByRole('combobox', { name: 'notes create' }).inputValue()).toBe('all');
    await page.getByRole('combobox', { name: 'notes create' }).selectOption('none');
    await expect.poll(() => page.getByRole('combobox', { name: 'notes create' }).inputValue()).toBe('none');

    const [policy] = (await api('GET', '/policies?filter[name][_eq]=Readers&fields=id,app_access')) as Array<{
      id: string;
      app_access: boolean;
    }>;
    expect(policy?.app_access).toBe(true);
    const rules = (await api('GET', `/permissions?filter[policy][_eq]=${policy!.id}`)) as Array<
      Record<string, unknown>
    >;
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({
      collection: 'notes',
      action: 'read',
      permissions: { visibility: { _eq: 'public' } },
      fields: ['id', 'title', 'visibility'],
    });
  });

  it('creates a role with that policy attached', async () => {
    await page.getByRole('link', { name: 'Roles' }).click();
    const create = page.getByRole('form', { name: 'Create a role' });
    await create.getByLabel('Role name').fill('Reader');
    await create.getByRole('checkbox', { name: 'Readers' }).check();
    await create.getByRole('button', { name: 'Create role' }).click();
    await expect.poll(() => firstColumn(page)).toContain('Reader');
    const row = page.locator('table.items tbody tr', { hasText: 'Reader' });
    await expect.poll(async () => (await cells(row)).slice(0, 3)).toEqual(['Reader', '—', 'Readers']);
    await shoot(page, 'roles-desktop');
    const [role] = (await api(
      'GET',
      '/roles?filter[name][_eq]=Reader&fields=id,policies.policy.name',
    )) as Array<{
      policies: Array<{ policy: { name: string } }>;
    }>;
    expect(role?.policies.map((access) => access.policy.name)).toEqual(['Readers']);
  });

  it('edits a role: its parent, and policies attached and detached', async () => {
    await api('POST', '/roles', { name: 'Staff' });
    await api('POST', '/policies', { name: 'Editors', app_access: true });
    await page.reload();
    const editRole = async () => {
      await page.getByRole('button', { name: 'Edit Reader' }).click();
      return page.getByRole('form', { name: 'Edit role Reader' });
    };
    const attachedPolicies = async () => {
      const [role] = (await api(
        'GET',
        '/roles?filter[name][_eq]=Reader&fields=parent.name,policies.policy.name',
      )) as Array<{ parent: { name: string } | null; policies: Array<{ policy: { name: string } }> }>;
      return {
        parent: role?.parent?.name,
        policies: role?.policies.map((access) => access.policy.name).sort(),
      };
    };

    let form = await editRole();
    await form.getByLabel('Parent role').selectOption({ label: 'Staff' });
    await form.getByRole('checkbox', { name: 'Editors' }).check();
    await form.getByRole('button', { name: 'Save role' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(attachedPolicies).toEqual({ parent: 'Staff', policies: ['Editors', 'Readers'] });

    form = await editRole();
    await form.getByRole('checkbox', { name: 'Editors' }).uncheck();
    await form.getByRole('button', { name: 'Save role' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(attachedPolicies).toEqual({ parent: 'Staff', policies: ['Readers'] });
    const row = page.locator('table.items tbody tr', { hasText: 'Reader' }).first();
    await expect.poll(async () => (await cells(row)).slice(0, 3)).toEqual(['Reader', 'Staff', 'Readers']);
  });

  it("edits a policy's flags and IP ranges", async () => {
    await page.getByRole('link', { name: 'Policies' }).click();
    await page.getByRole('link', { name: 'Editors' }).click();
    const form = page.getByRole('form', { name: 'Policy settings' });
    await form.getByLabel('Policy name').fill('Editors at the office');
    await form.getByRole('checkbox', { name: 'Require two-factor sign-in' }).check();
    await form.getByLabel('IP access').fill('10.0.0.0/8, 192.168.1.1-192.168.1.9');
    await form.getByRole('button', { name: 'Save policy' }).click();
    await page.getByRole('heading', { name: 'Policy: Editors at the office' }).waitFor();
    const [policy] = (await api(
      'GET',
      '/policies?filter[name][_eq]=Editors at the office&fields=enforce_tfa,ip_access,admin_access',
    )) as Array<Record<string, unknown>>;
    expect(policy).toEqual({
      enforce_tfa: true,
      admin_access: false,
      ip_access: ['10.0.0.0/8', '192.168.1.1-192.168.1.9'],
    });
    await page.getByRole('link', { name: '← All policies' }).click();
    const row = page.locator('table.items tbody tr', { hasText: 'Editors at the office' });
    await expect
      .poll(async () => (await cells(row)).slice(0, 5))
      .toEqual(['Editors at the office', 'no', 'yes', 'yes', '10.0.0.0/8, 192.168.1.1-192.168.1.9']);
    await shoot(page, 'policies-desktop');
  });

  it('invites, edits, suspends and activates users, and sends a password reset', async () => {
    await api('POST', '/users', { email: READER.email, password: READER.password, status: 'active' });
    await page.getByRole('link', { name: 'Users' }).click();
    await expect.poll(() => firstColumn(page)).toContain(READER.email);

    const invite = page.getByRole('form', { name: 'Invite a user' });
    await invite.getByLabel('Email to invite').fill('new@plinth.test');
    await invite.getByLabel('Role').selectOption({ label: 'Reader' });
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Invited new@plinth.test.').waitFor();
    expect(sentMail()).toMatch(/To: new@plinth.test/);
    await expect.poll(() => firstColumn(page)).toContain('new@plinth.test');

    await page.getByRole('button', { name: `Edit ${READER.email}` }).click();
    const editor = page.getByRole('form', { name: `Edit ${READER.email}` });
    await editor.getByLabel('First name').fill('Rita');
    await editor.getByLabel('Last name').fill('Reader');
    await editor.getByLabel('Role').selectOption({ label: 'Reader' });
    await editor.getByRole('button', { name: 'Save user' }).click();
    await editor.waitFor({ state: 'detached' });
    const row = page.locator('table.items tbody tr', { hasText: READER.email });
    await expect
      .poll(async () => (await cells(row)).slice(1, 4))
      .toEqual(['Rita Reader', 'Reader', 'active']);

    await page.getByRole('button', { name: `Suspend ${READER.email}` }).click();
    await expect.poll(async () => (await cells(row))[3]).toBe('suspended');
    await page.getByRole('button', { name: `Activate ${READER.email}` }).click();
    await expect.poll(async () => (await cells(row))[3]).toBe('active');
    await page.getByRole('button', { name: `Send password reset to ${READER.email}` }).click();
    await page.getByText(`A reset link was sent to ${READER.email}.`).waitFor();
    await expect.poll(sentMail).toMatch(new RegExp(`To: ${READER.email}`));
    await shoot(page, 'users-desktop');

    const users = (await api('GET', '/users?fields=email,status,first_name,role.name&sort=email')) as Array<
      Record<string, unknown>
    >;
    expect(users.find((user) => user.email === 'new@plinth.test')).toMatchObject({
      status: 'invited',
      role: { name: 'Reader' },
    });
    expect(users.find((user) => user.email === READER.email)).toMatchObject({
      status: 'active',
      first_name: 'Rita',
      role: { name: 'Reader' },
    });
  });

  it('attaches a policy to a user directly, and detaches it', async () => {
    const [reader] = (await api('GET', `/users?filter[email][_eq]=${READER.email}&fields=id`)) as Array<{
      id: string;
    }>;
    const direct = async () => {
      const rows = (await api('GET', `/access?filter[user][_eq]=${reader!.id}&fields=policy.name`)) as Array<{
        policy: { name: string };
      }>;
      return rows.map((row) => row.policy.name);
    };
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('button', { name: `Edit ${READER.email}` }).click();
    const policies = page.getByRole('form', { name: `Policies of ${READER.email}` });
    await policies.getByText(/^None; the user has only their role's policies/).waitFor();
    await policies.getByLabel('Policy to attach').selectOption({ label: 'Editors at the office' });
    await policies.getByRole('button', { name: 'Attach policy' }).click();
    const detach = policies.getByRole('button', { name: 'Detach Editors at the office' });
    await detach.waitFor();
    expect(await direct()).toEqual(['Editors at the office']);
    await shoot(page, 'user-policies-desktop');
    await detach.click();
    await detach.waitFor({ state: 'detached' });
    expect(await direct()).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('deletes a role and a policy after a confirmation, and shows why the API refuses one', async () => {
    await api('POST', '/roles', { name: 'Interns' });
    await api('POST', '/policies', { name: 'Temporary' });
    await page.getByRole('link', { name: 'Roles' }).click();
    await page.getByRole('button', { name: 'Delete role Interns' }).click();
    await expect.poll(() => firstColumn(page)).not.toContain('Interns');
    expect(confirmations.at(-1)).toMatch(/^Delete the role Interns\?/);
    expect(await api('GET', '/roles?filter[name][_eq]=Interns')).toEqual([]);

    await watcher.provoking(/status of 422/, () =>
      page.getByRole('button', { name: 'Delete role Administrator' }).click(),
    );
    await page
      .getByRole('alert')
      .getByText(/Cannot remove the last admin user/)
      .waitFor();
    expect(await firstColumn(page)).toContain('Administrator');

    await page.getByRole('link', { name: 'Policies' }).click();
    await page.getByRole('button', { name: 'Delete policy Temporary' }).click();
    await expect.poll(() => firstColumn(page)).not.toContain('Temporary');
    expect(confirmations.at(-1)).toMatch(/^Delete the policy Temporary\?/);
    expect(await api('GET', '/policies?filter[name][_eq]=Temporary')).toEqual([]);
  });

  it('shows the policies list and the matrix on a phone', async () => {
    const { phone, context } = await openPhonePage(session, watch);
    await phone.goto(`${plinth.url}/admin/policies`);
    await phone.getByRole('link', { name: 'Readers' }).click();
    await phone.getByRole('combobox', { name: 'notes read' }).waitFor();
    await phone.getByRole('heading', { name: 'Permissions' }).evaluate((heading) => heading.scrollIntoView());
    await shoot(phone, 'policy-permissions-phone');
    await context.close();
  });

  it('signs in as the new user, who sees only the rows the filter allows and no access screens', async () => {
    // An admin may create notes, so the list offers it.
    await page.getByRole('link', { name: 'notes' }).click();
    await page.getByRole('button', { name: 'Create item' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Plinth' }).waitFor();
    await signIn(page, READER);
    await page.getByRole('link', { name: 'notes' }).click();
    await page.getByRole('heading', { name: 'notes', exact: true }).waitFor();
    const rows = page.locator('table.items tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const texts = (await rows.allInnerTexts()).join('\n');
    expect(texts).toMatch(/Open note/);
    expect(texts).toMatch(/Another open note/);
    expect(texts).not.toMatch(/Secret note/);
    // Once the app knows who this is, it offers no admin screens and no create button without a create rule.
    await page.waitForLoadState('networkidle');
    for (const link of ['Policies', 'Users', 'Data model']) {
      expect(await page.getByRole('link', { name: link }).count()).toBe(0);
    }
    expect(await page.getByRole('button', { name: 'Create item' }).count()).toBe(0);
    await shoot(page, 'reader-list-desktop');
    await page.goto(`${plinth.url}/admin/data-model`);
    await page.getByText('Only admins can change the data model.').waitFor();
    expect(await page.getByRole('button', { name: 'Create collection' }).count()).toBe(0);
  });

  it('logged no console errors', () => {
    expect(watcher.errors).toEqual([]);
  });
});
