import { type PreparedRead, runPreparedRead, runPreparedReadJson } from '@plinth/query';
import type { Item } from '@plinth/types';
import type { ServiceContext } from '../../context/service-context.js';

type Connection = { kysely: ServiceContext['db'] };

/** How a read hands back what its statement returned: a list, or at most one item. */
export interface ReadOutput<List, One> {
  list(db: Connection, plan: PreparedRead): Promise<List>;
  one(db: Connection, plan: PreparedRead): Promise<One>;
}

/** Items as objects, for code that works on them. */
export const itemsOutput: ReadOutput<Item[], Item | null> = {
  list: (db, plan) => runPreparedRead(db, plan) as Promise<Item[]>,
  one: (db, plan) => runPreparedRead(db, plan, { single: true }) as Promise<Item | null>,
};

/** Items as JSON text (`null` for no item), for answers sent as they are. */
export const jsonOutput: ReadOutput<string, string> = {
  list: (db, plan) => runPreparedReadJson(db, plan),
  one: (db, plan) => runPreparedReadJson(db, plan, { single: true }),
};
