import { useCallback, useState } from 'react';
import { type ApiError, toApiErrors } from './api-errors.js';

/**
 * Runs destructive actions after the browser's confirmation, keeping what the API answered when
 * one fails: `run(question, action)` resolves `true` when the action was confirmed and succeeded.
 */
export function useConfirmedAction(): {
  errors: ApiError[];
  run: (question: string, action: () => Promise<unknown>) => Promise<boolean>;
} {
  const [errors, setErrors] = useState<ApiError[]>([]);
  const run = useCallback(async (question: string, action: () => Promise<unknown>) => {
    if (!window.confirm(question)) return false;
    setErrors([]);
    try {
      await action();
      return true;
    } catch (thrown) {
      setErrors(toApiErrors(thrown));
      return false;
    }
  }, []);
  return { errors, run };
}
