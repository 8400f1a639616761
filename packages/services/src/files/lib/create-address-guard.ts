import { BlockList, isIP } from 'node:net';
import { networkInterfaces } from 'node:os';

/** Ranges no import may reach unless allowed: loopback, private, link-local, shared, reserved, multicast. */
const NON_PUBLIC: ReadonlyArray<readonly [string, number, 'ipv4' | 'ipv6']> = [
  ['0.0.0.0', 8, 'ipv4'],
  ['10.0.0.0', 8, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'],
  ['127.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'],
  ['192.0.0.0', 24, 'ipv4'],
  ['192.0.2.0', 24, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'],
  ['198.51.100.0', 24, 'ipv4'],
  ['203.0.113.0', 24, 'ipv4'],
  ['224.0.0.0', 3, 'ipv4'],
  ['::', 128, 'ipv6'],
  ['::1', 128, 'ipv6'],
  ['64:ff9b::', 96, 'ipv6'],
  ['100::', 64, 'ipv6'],
  ['2001:db8::', 32, 'ipv6'],
  ['fc00::', 7, 'ipv6'],
  ['fe80::', 10, 'ipv6'],
  ['ff00::', 8, 'ipv6'],
];

/** Says whether an import may connect to an address. */
export type AddressGuard = (address: string) => boolean;

const familyOf = (address: string): 'ipv4' | 'ipv6' => (isIP(address) === 6 ? 'ipv6' : 'ipv4');

/** `::ffff:10.0.0.1` is 10.0.0.1 to the network stack, so it is judged as that. */
function normalise(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address.replace(/^\[|\]$/g, '').toLowerCase();
}

function addEntry(list: BlockList, entry: string): void {
  const [address = '', bits] = entry.trim().split('/');
  const plain = normalise(address);
  if (!isIP(plain)) return;
  if (bits === undefined) list.addAddress(plain, familyOf(plain));
  else list.addSubnet(plain, Number(bits), familyOf(plain));
}

/**
 * Builds the check `/files/import` applies to every address it would connect to, literal or resolved,
 * on every redirect hop: refused when listed in `denyList` (`0.0.0.0` meaning every address of this
 * machine's interfaces), or when in a non-public range and not listed in `allowList`.
 */
export function createAddressGuard(
  denyList: readonly string[],
  allowList: readonly string[] = [],
): AddressGuard {
  const denied = new BlockList();
  for (const entry of denyList) {
    if (entry.trim() !== '0.0.0.0') addEntry(denied, entry);
    else
      for (const nic of Object.values(networkInterfaces()).flat()) {
        if (nic) addEntry(denied, nic.address);
      }
  }
  const nonPublic = new BlockList();
  for (const [address, bits, family] of NON_PUBLIC) nonPublic.addSubnet(address, bits, family);
  const allowed = new BlockList();
  for (const entry of allowList) addEntry(allowed, entry);

  return (raw) => {
    const address = normalise(raw);
    if (!isIP(address)) return false;
    const family = familyOf(address);
    if (denied.check(address, family)) return false;
    return !nonPublic.check(address, family) || allowed.check(address, family);
  };
}
