import { describe, expect, it } from 'vitest';
import { renderShareInvitation } from './render-share-invitation.js';

describe('renderShareInvitation', () => {
  it('names the inviter and collection, links the share page, and escapes every value in the HTML', () => {
    const mail = renderShareInvitation({
      to: 'friend@example.com',
      inviter: 'Ann <script>',
      collection: 'articles',
      url: 'http://plinth.test/admin/shared/x?a=1&b="2"',
    });
    expect(mail.to).toBe('friend@example.com');
    expect(mail.subject).toBe('Ann <script> has shared an item with you');
    expect(mail.text).toContain('Ann <script> has invited you to view an item in articles.');
    expect(mail.text).toContain('http://plinth.test/admin/shared/x?a=1&b="2"');
    expect(mail.html).toContain('Ann &lt;script&gt; has invited you');
    expect(mail.html).toContain('href="http://plinth.test/admin/shared/x?a=1&amp;b=&quot;2&quot;"');
    expect(mail.html).not.toContain('<script>');
  });
});
