/** A SQLite declared type split into its name and size arguments. */
export interface DeclaredType {
  /** Lower-case name without arguments: `varchar`, `decimal`, `double precision`, or `''`. */
  name: string;
  length: number | null;
  precision: number | null;
  scale: number | null;
}

const lengthTypes = /char|text|clob|binary/;
const numericTypes = /^(decimal|numeric)$/;

/**
 * Reads `VARCHAR(255)` as `varchar` with length 255 and `decimal(10, 2)` as `decimal` with
 * precision 10 and scale 2. SQLite stores the declared type as written and enforces none of it.
 */
export function parseDeclaredType(declared: string): DeclaredType {
  const match = /^([^(]*?)\s*(?:\(\s*([+-]?\d+)\s*(?:,\s*([+-]?\d+)\s*)?\))?\s*$/.exec(declared.trim());
  const name = (match?.[1] ?? declared).trim().toLowerCase().replaceAll(/\s+/g, ' ');
  const first = match?.[2] === undefined ? null : Number(match[2]);
  const second = match?.[3] === undefined ? null : Number(match[3]);
  const isNumeric = numericTypes.test(name);
  return {
    name,
    length: lengthTypes.test(name) ? first : null,
    precision: isNumeric ? first : null,
    scale: isNumeric ? (first === null ? null : (second ?? 0)) : null,
  };
}
