import type { FieldOverview } from '@plinth/types';
import type { Operand, ReadField, ReadNode } from '../../validate/read-node.js';
import type { WireJson } from '../read-dialect.js';
import { concealed } from './shared.js';

// Types whose output SQLite writes as JSON.stringify would: text (strings, and what the SQL formats as
// text: dates, decimals, big integers), integers and booleans. Floats (`1.0`, `1.0e+20`) and JSON values
// (kept as stored: `1.0`, `\u0041`, repeated keys) are spelt the engine's way.
const WIRE_TYPES = new Set([
  'string',
  'text',
  'uuid',
  'hash',
  'integer',
  'bigInteger',
  'decimal',
  'boolean',
  'date',
  'dateTime',
  'time',
  'timestamp',
]);

// Keys JSON.parse would move to the front of an object (array indexes) change the order of the wire text.
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;

function fieldFits(field: FieldOverview): boolean {
  return concealed(field) || WIRE_TYPES.has(field.type);
}

function operandFits(operand: Operand): boolean {
  switch (operand.kind) {
    case 'column':
      return fieldFits(operand.field);
    case 'date-part':
    case 'json-count':
    case 'count':
      return true;
    default:
      return false;
  }
}

function readFieldFits(field: ReadField): boolean {
  switch (field.kind) {
    case 'value':
      return operandFits(field.operand);
    case 'm2o':
    case 'many':
      return nodeFits(field.node);
    case 'keys': {
      const key = field.node.fields[0];
      return key?.kind === 'value' && operandFits(key.operand);
    }
    case 'a2o':
      return fieldFits(field.field) && field.targets.every((target) => nodeFits(target.node));
  }
}

function nodeFits(node: ReadNode): boolean {
  if (node.aggregate) return false;
  const keys = new Set<string>();
  for (const field of node.fields) {
    if (keys.has(field.key) || INDEX_KEY.test(field.key) || !readFieldFits(field)) return false;
    keys.add(field.key);
  }
  return true;
}

// A number SQLite spells differently: a real (`1.0`, `2.5`, `1.0e+20`, `9.0e+999`), which always follows
// `:`, `,` or `[` in its compact output, or an integer too long for a double to hold. Text that merely
// looks like one only costs the parse it would have cost anyway.
const ENGINE_NUMBER = /[:,[]-?\d+[.eE]|\d{16}/;

/** SQLite's `json_object` text, sent as it is when the read's values are all written the wire's way. */
export const sqliteWireJson: WireJson = {
  fits: nodeFits,
  matches: (text) => !ENGINE_NUMBER.test(text),
};
