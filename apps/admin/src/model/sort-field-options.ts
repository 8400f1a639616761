import type { SortFieldInput } from './relation-plan.js';

/** The sort field choice that means "no manual order". */
export const NO_SORT_FIELD = '';
/** The sort field choice that means "create a new field" (no field name can be `+`). */
export const NEW_SORT_FIELD = '+';

/** The relation's sort field for the dialog's choice: none, a new field named `newName`, or an existing one. */
export function toSortFieldInput(choice: string, newName: string): SortFieldInput | undefined {
  if (choice === NO_SORT_FIELD) return undefined;
  if (choice === NEW_SORT_FIELD) return newName === '' ? undefined : { field: newName, isNew: true };
  return { field: choice, isNew: false };
}
