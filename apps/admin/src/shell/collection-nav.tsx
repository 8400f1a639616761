import type { CollectionInfo } from '../lib/schema-types.js';
import { type CollectionNode, toCollectionTree } from './collection-tree.js';
import { Link } from './link.js';

/** Props of {@link CollectionNav}. */
export interface CollectionNavProps {
  collections: CollectionInfo[];
  current: string | null;
}

/** The collections not hidden, as a nested list of links; groups without a table are headings. */
export function CollectionNav({ collections, current }: CollectionNavProps) {
  const shown = collections.filter((collection) => !collection.meta?.hidden);
  if (shown.length === 0) return <p className="muted">No collections yet.</p>;
  return <Tree nodes={toCollectionTree(shown)} current={current} />;
}

function Tree({ nodes, current }: { nodes: CollectionNode[]; current: string | null }) {
  return (
    <ul className="tree">
      {nodes.map(({ collection, children }) => (
        <li key={collection.collection}>
          {collection.schema === null ? (
            <span className="group-name">{collection.collection}</span>
          ) : (
            <Link
              route={{ name: 'collection', collection: collection.collection }}
              aria-current={collection.collection === current ? 'page' : undefined}
            >
              {collection.collection}
            </Link>
          )}
          {children.length > 0 && <Tree nodes={children} current={current} />}
        </li>
      ))}
    </ul>
  );
}
