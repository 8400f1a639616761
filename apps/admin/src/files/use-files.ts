import { readFiles } from '@directus/sdk';
import { useCallback, useEffect, useState } from 'react';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import { client } from '../lib/client.js';
import { FILE_FIELDS, type FileInfo } from './file-types.js';

/** How many files a folder shows at once (newest first). */
export const FILES_PAGE_SIZE = 100;

/** The newest files of `folder` (the root when null) that match `search`, and a way to read them again. */
export function useFiles(
  folder: string | null,
  search: string,
): { files: FileInfo[] | null; errors: ApiError[]; reload: () => void } {
  const [files, setFiles] = useState<FileInfo[] | null>(null);
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [version, setVersion] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` asks for a re-read
  useEffect(() => {
    let live = true;
    const filter = folder ? { folder: { _eq: folder } } : { folder: { _null: true } };
    const query = {
      fields: [...FILE_FIELDS],
      filter,
      sort: ['-uploaded_on'],
      limit: FILES_PAGE_SIZE,
      ...(search ? { search } : {}),
    };
    client.request(readFiles(query as never)).then(
      (rows) => {
        if (!live) return;
        setFiles(rows as unknown as FileInfo[]);
        setErrors([]);
      },
      (thrown) => live && setErrors(toApiErrors(thrown)),
    );
    return () => {
      live = false;
    };
  }, [folder, search, version]);
  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { files, errors, reload };
}
