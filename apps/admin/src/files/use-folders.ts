import { readFolders } from '@directus/sdk';
import { useCallback, useEffect, useState } from 'react';
import { client } from '../lib/client.js';
import type { FolderInfo } from './file-types.js';

/** Every folder the caller may read (a project has few), and a way to read them again. */
export function useFolders(): { folders: FolderInfo[]; reload: () => void } {
  const [folders, setFolders] = useState<FolderInfo[]>([]);
  const [version, setVersion] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` asks for a re-read
  useEffect(() => {
    let live = true;
    client.request(readFolders({ fields: ['id', 'name', 'parent'], sort: ['name'], limit: -1 })).then(
      (rows) => live && setFolders(rows as FolderInfo[]),
      () => live && setFolders([]),
    );
    return () => {
      live = false;
    };
  }, [version]);
  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { folders, reload };
}
