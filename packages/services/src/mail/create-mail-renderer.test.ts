import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailRenderer } from './create-mail-renderer.js';
import { renderMail } from './render-mail.js';

const data = {
  projectName: 'Acme <Docs>',
  url: 'https://acme.test/reset?token=a&b',
  validFor: '1 day',
  email: 'ann@acme.test',
};

describe('createMailRenderer', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plinth-mail-'));
    await writeFile(
      join(dir, 'password-reset.liquid'),
      '<h1>{{ projectName }}</h1><a href="{{ url }}">Reset for {{ email }}</a> ({{ validFor }})',
    );
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('renders a custom liquid template as the HTML part, escaping what it prints', async () => {
    const mail = await createMailRenderer({ templatesPath: dir }).render('password-reset', data);
    expect(mail.html).toBe(
      '<h1>Acme &lt;Docs&gt;</h1><a href="https://acme.test/reset?token=a&amp;b">Reset for ann@acme.test</a> (1 day)',
    );
    const builtIn = renderMail('password-reset', data);
    expect(mail.subject).toBe(builtIn.subject);
    expect(mail.text).toBe(builtIn.text);
  });

  it('keeps the built-in email where there is no template, or no directory', async () => {
    const builtIn = renderMail('magic-link', data);
    expect(await createMailRenderer({ templatesPath: dir }).render('magic-link', data)).toEqual(builtIn);
    expect(
      await createMailRenderer({ templatesPath: join(dir, 'missing') }).render('magic-link', data),
    ).toEqual(builtIn);
    expect(await createMailRenderer().render('magic-link', data)).toEqual(builtIn);
  });
});
