import { type Client, type Entry, EqualityFilter } from 'ldapts';
import type { LdapLoginOptions } from './ldap-login-options.js';

/** The first value of an entry's attribute, as text. */
export function firstValue(entry: Entry, attribute: string): string | undefined {
  // Attribute names are case-insensitive; ldapts keys them as the server spelled them.
  const key = Object.keys(entry).find((name) => name.toLowerCase() === attribute.toLowerCase());
  const value = key === undefined ? undefined : entry[key];
  const first = Array.isArray(value) ? value[0] : value;
  if (first === undefined) return undefined;
  const text = Buffer.isBuffer(first) ? first.toString('utf8') : String(first);
  return text === '' ? undefined : text;
}

/** The one entry under `USER_DN` whose user attribute equals `identifier`; undefined for none or several. */
export async function findLdapUser(
  client: Client,
  identifier: string,
  options: LdapLoginOptions,
): Promise<Entry | undefined> {
  const { searchEntries } = await client.search(options.userDn, {
    scope: options.userScope,
    filter: new EqualityFilter({ attribute: options.userAttribute, value: identifier }),
    attributes: [options.mailAttribute, options.firstNameAttribute, options.lastNameAttribute],
    sizeLimit: 2,
  });
  return searchEntries.length === 1 ? searchEntries[0] : undefined;
}

/** The `cn` of every group under `GROUP_DN` that lists the user as a member. */
export async function findLdapGroups(
  client: Client,
  user: { dn: string; identifier: string },
  options: LdapLoginOptions & { groupDn: string },
): Promise<string[]> {
  const byUid = options.groupAttribute.toLowerCase() === 'memberuid';
  const { searchEntries } = await client.search(options.groupDn, {
    scope: options.groupScope,
    filter: new EqualityFilter({
      attribute: options.groupAttribute,
      value: byUid ? user.identifier : user.dn,
    }),
    attributes: ['cn'],
  });
  return searchEntries.map((entry) => firstValue(entry, 'cn')).filter((cn) => cn !== undefined);
}
