import type { FieldObject } from '@plinth/schema';
import { assertAdmin } from '../context/assert-admin.js';
import type { ServiceContext } from '../context/service-context.js';
import { assertRecord } from '../lib/assert-record.js';
import { updateFields } from './update-fields.js';

/** `PATCH /fields/:collection/:field` with a partial field: see {@link updateFields}. */
export async function updateField(
  ctx: ServiceContext,
  collection: string,
  field: string,
  body: unknown,
): Promise<FieldObject> {
  assertAdmin(ctx);
  assertRecord(body, 'The field');
  const [updated] = await updateFields(ctx, collection, [{ ...body, field }]);
  return updated!;
}
