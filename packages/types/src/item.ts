/**
 * One row of a collection as it travels through services: field name to value. Relational fields hold a key,
 * a nested item, or an array of either, depending on how far the query expanded them.
 */
export type Item = Record<string, unknown>;
