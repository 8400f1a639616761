const currentTimestamp = 'CURRENT_TIMESTAMP';
const currentDate = 'CURRENT_DATE';
const currentTime = 'CURRENT_TIME';
const randomUuid = 'gen_random_uuid()';

/**
 * Engine spellings of the same default, keyed lower-case without spaces. Each engine (and each
 * version) writes "now" or "a random uuid" its own way; reading them all the same lets a schema
 * snapshot taken on one engine compare equal on another.
 */
const aliases: Readonly<Record<string, string>> = {
  'now()': currentTimestamp,
  current_timestamp: currentTimestamp,
  'current_timestamp()': currentTimestamp,
  localtimestamp: currentTimestamp,
  'localtimestamp()': currentTimestamp,
  'transaction_timestamp()': currentTimestamp,
  'getdate()': currentTimestamp,
  'sysdatetime()': currentTimestamp,
  'sysdatetimeoffset()': currentTimestamp,
  "datetime('now')": currentTimestamp,
  current_date: currentDate,
  'current_date()': currentDate,
  'curdate()': currentDate,
  current_time: currentTime,
  'current_time()': currentTime,
  'curtime()': currentTime,
  'gen_random_uuid()': randomUuid,
  'uuid()': randomUuid,
  'newid()': randomUuid,
  'uuid_generate_v4()': randomUuid,
};

/** `CURRENT_TIMESTAMP(3)`, `now(6)`: the precision lives in the column type already. */
const timestampWithPrecision = /^(?:current_timestamp|now|localtimestamp|sysdatetime)\(\d+\)$/;

/**
 * The portable spelling of a default expression: `now()`, `current_timestamp()`, `getdate()` read
 * `CURRENT_TIMESTAMP`; `uuid()`, `newid()` read `gen_random_uuid()`. Anything else is returned as the
 * engine wrote it.
 */
export function normalizeDefaultExpression(expression: string): string {
  const key = expression.trim().toLowerCase().replaceAll(/\s+/g, '');
  if (timestampWithPrecision.test(key)) return currentTimestamp;
  return aliases[key] ?? expression.trim();
}
