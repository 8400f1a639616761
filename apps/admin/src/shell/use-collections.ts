import { readCollections } from '@directus/sdk';
import { useCallback, useEffect, useState } from 'react';
import { client } from '../lib/client.js';
import type { CollectionInfo } from '../lib/schema-types.js';
import { isUserCollection } from './collection-tree.js';

/** The user collections the caller may see (system ones hidden), and a way to read them again. */
export function useCollections(): { collections: CollectionInfo[]; reload: () => void } {
  const [collections, setCollections] = useState<CollectionInfo[]>([]);
  const reload = useCallback(() => {
    client.request(readCollections()).then(
      (all) => setCollections((all as CollectionInfo[]).filter(isUserCollection)),
      () => setCollections([]),
    );
  }, []);
  useEffect(reload, [reload]);
  return { collections, reload };
}
