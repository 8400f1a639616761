import type { ApiError } from '../lib/api-errors.js';

/** The API's errors as an alert, or nothing. */
export function ErrorList({ errors }: { errors: readonly ApiError[] }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="alert">
      {errors.map((error, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: errors have no identity of their own
        <p key={index}>{error.message}</p>
      ))}
    </div>
  );
}
