/** The aggregate functions of `?aggregate=` (and `deep[*]._aggregate`). */
export const aggregateOperations = [
  'count',
  'countDistinct',
  'countAll',
  'sum',
  'sumDistinct',
  'avg',
  'avgDistinct',
  'min',
  'max',
] as const;

/** One aggregate function name. */
export type AggregateOperation = (typeof aggregateOperations)[number];

/**
 * Aggregate functions to fields: `{ count: ['*'], sum: ['price', 'tax'] }`. `countAll` takes no field; its list
 * is empty or ignored. Results nest the same way: `{ sum: { price: '12.50' } }`, or `{ count: 42 }` for `*`.
 */
export type Aggregate = { [Operation in AggregateOperation]?: string[] };
