import { lazy, Suspense, useEffect, useState } from 'react';
import { AccessNav } from '../access/access-nav.js';
import { isAccessRoute, toAccessScreenName } from '../access/access-screen-names.js';
import { useAdminAccess } from '../access/use-admin-access.js';
import type { SessionUser } from '../auth/session.js';
import { CollectionPage } from '../content/collection-page.js';
import { ItemPage } from '../content/item-page.js';
import { type Route, toPath } from '../lib/routes.js';
import type { CollectionInfo } from '../lib/schema-types.js';
import { DataModelPage } from '../model/data-model-page.js';
import { CollectionNav } from './collection-nav.js';
import { Link } from './link.js';
import { useCollections } from './use-collections.js';

const AccessScreen = lazy(() => import('../access/access-screen.js'));

// The file library is its own chunk, loaded when it is first opened.
const FilesPage = lazy(() => import('../files/files-page.js'));

/** Props of {@link Shell}. */
export interface ShellProps {
  user: SessionUser;
  route: Route;
  onSignOut: () => void;
}

/** The signed-in layout: a header, the collection tree (a drawer on phones) and the current screen. */
export default function Shell({ user, route, onSignOut }: ShellProps) {
  const [menuOpen, setMenuOpen] = useState(false);
  const { collections, reload } = useCollections();
  const admin = useAdminAccess();
  const current = route.name === 'collection' || route.name === 'item' ? route.collection : null;

  // A phone's drawer closes once a screen was picked; the tab's title names the screen.
  const screenName = toScreenName(route);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the path changes, not on each new route object
  useEffect(() => {
    setMenuOpen(false);
    document.title = `${screenName} · Plinth`;
  }, [toPath(route)]);

  return (
    <div className={menuOpen ? 'shell menu-open' : 'shell'}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="sidebar"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          Menu
        </button>
        <Link route={{ name: 'content' }} className="brand">
          Plinth
        </Link>
        <span className="user" title={user.email ?? ''}>
          {[user.first_name, user.last_name].filter(Boolean).join(' ') || user.email}
        </span>
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <nav id="sidebar" className="sidebar" aria-label="Collections">
        <CollectionNav collections={collections} current={current} />
        <Link
          route={{ name: 'files', folder: null }}
          className="nav-secondary"
          aria-current={route.name === 'files' ? 'page' : undefined}
        >
          Files
        </Link>
        {admin && (
          <Link
            route={{ name: 'data-model' }}
            className="nav-secondary"
            aria-current={route.name === 'data-model' ? 'page' : undefined}
          >
            Data model
          </Link>
        )}
        {admin && <AccessNav route={route} />}
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <Screen route={route} collections={collections} admin={admin} onModelChanged={reload} />
      </main>
    </div>
  );
}

function toScreenName(route: Route): string {
  if (isAccessRoute(route)) return toAccessScreenName(route);
  if (route.name === 'item')
    return route.id === '+' ? `New item in ${route.collection}` : `${route.collection} #${route.id}`;
  if (route.name === 'collection') return route.collection;
  if (route.name === 'files') return 'Files';
  return route.name === 'data-model' ? 'Data model' : 'Content';
}

function Screen(props: {
  route: Route;
  collections: CollectionInfo[];
  admin: boolean | null;
  onModelChanged: () => void;
}) {
  const { route } = props;
  if (route.name === 'collection')
    return <CollectionPage key={route.collection} collection={route.collection} />;
  if (route.name === 'item') {
    return <ItemPage key={`${route.collection}/${route.id}`} collection={route.collection} id={route.id} />;
  }
  if (route.name === 'files') {
    return (
      <Suspense fallback={<p role="status">Loading…</p>}>
        <FilesPage folder={route.folder} />
      </Suspense>
    );
  }
  if (isAccessRoute(route)) {
    return (
      <Suspense fallback={<p role="status">Loading…</p>}>
        <AccessScreen route={route} collections={props.collections} />
      </Suspense>
    );
  }
  if (route.name === 'data-model') {
    return (
      <DataModelPage collections={props.collections} admin={props.admin} onChanged={props.onModelChanged} />
    );
  }
  return (
    <section className="home">
      <h1>Content</h1>
      <p>
        {props.collections.length > 0
          ? 'Pick a collection to see its items.'
          : 'There are no collections yet. Create one in the data model.'}
      </p>
    </section>
  );
}
