import type { Kysely } from 'kysely';
import { fetchShareLogin, isWithinDates } from './fetch-share-login.js';

/**
 * Whether a share session may still be refreshed: the share exists and is inside its dates. Uses are
 * counted per login, not per refresh.
 */
export async function isShareLive(db: Kysely<any>, shareId: string): Promise<boolean> {
  const share = await fetchShareLogin(db, shareId);
  return share !== undefined && isWithinDates(share);
}
