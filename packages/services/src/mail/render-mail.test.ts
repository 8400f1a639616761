import { describe, expect, it } from 'vitest';
import { describeDuration, renderMail } from './render-mail.js';

describe('renderMail', () => {
  it('puts the link in both bodies and escapes it in the HTML one', () => {
    const url = 'https://app.example.com/reset?token=a.b.c&x=<1>';
    const mail = renderMail('password-reset', { projectName: 'Acme', url, validFor: '1 day' });
    expect(mail.subject).toContain('Acme');
    expect(mail.text).toContain(url);
    expect(mail.text).toContain('1 day');
    expect(mail.html).toContain('href="https://app.example.com/reset?token=a.b.c&amp;x=&lt;1&gt;"');
    expect(mail.html).not.toContain('<1>');
  });

  it('has a template for every flow', () => {
    for (const name of ['password-reset', 'magic-link', 'user-invitation', 'user-registration'] as const) {
      const mail = renderMail(name, { projectName: 'P', url: 'https://x.test/', validFor: '2 hours' });
      expect(mail.subject).not.toBe('');
      expect(mail.text).toContain('https://x.test/');
    }
  });
});

describe('describeDuration', () => {
  it('uses the largest whole unit', () => {
    expect(describeDuration(7 * 86_400_000)).toBe('7 days');
    expect(describeDuration(15 * 60_000)).toBe('15 minutes');
    expect(describeDuration(3_600_000)).toBe('1 hour');
    expect(describeDuration(90_000)).toBe('90 seconds');
    expect(describeDuration(1_500)).toBe('2 seconds');
  });
});
