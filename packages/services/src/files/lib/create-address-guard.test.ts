import { describe, expect, it } from 'vitest';
import { createAddressGuard } from './create-address-guard.js';

describe('createAddressGuard', () => {
  const guard = createAddressGuard(['0.0.0.0', '169.254.169.254', '93.184.0.0/16']);

  it('refuses loopback, private, link-local and mapped forms of them', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '0.0.0.0',
      '[::1]',
    ]) {
      expect(guard(address), address).toBe(false);
    }
  });

  it('refuses the deny list and allows public addresses', () => {
    expect(guard('93.184.216.34')).toBe(false);
    expect(guard('8.8.8.8')).toBe(true);
    expect(guard('2606:4700:4700::1111')).toBe(true);
    expect(guard('not an address')).toBe(false);
  });

  it('lets the allow list open a non-public address, never a denied one', () => {
    const open = createAddressGuard(['127.0.0.1'], ['127.0.0.0/8', '10.0.0.5']);
    expect(open('127.0.0.5')).toBe(true);
    expect(open('10.0.0.5')).toBe(true);
    expect(open('10.0.0.6')).toBe(false);
    expect(open('127.0.0.1')).toBe(false);
  });
});
