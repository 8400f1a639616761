import { useCallback, useEffect, useState } from 'react';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';

/** What {@link useAccessList} returns: the rows (null while loading), the last error and a re-read. */
export interface AccessList<T> {
  rows: T[] | null;
  errors: ApiError[];
  reload: () => void;
}

/** Reads a list with `read` on mount and on every `reload()`; a failure keeps the rows it had. */
export function useAccessList<T>(read: () => Promise<unknown>): AccessList<T> {
  const [rows, setRows] = useState<T[] | null>(null);
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [version, setVersion] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `read` is a new closure each render; `version` asks again
  useEffect(() => {
    let live = true;
    read().then(
      (result) => {
        if (!live) return;
        setRows(result as T[]);
        setErrors([]);
      },
      (thrown) => live && setErrors(toApiErrors(thrown)),
    );
    return () => {
      live = false;
    };
  }, [version]);
  const reload = useCallback(() => setVersion((current) => current + 1), []);
  return { rows, errors, reload };
}
