import type { Route } from '../lib/routes.js';
import { Link } from '../shell/link.js';
import { ACCESS_SCREENS } from './access-screen-names.js';

/** The sidebar links to users, roles, policies and settings; the shell shows them to admins only. */
export function AccessNav({ route }: { route: Route }) {
  const currentName = route.name === 'policy' ? 'policies' : route.name;
  return (
    <ul className="nav-access" aria-label="Access and settings">
      {ACCESS_SCREENS.map(({ name, label }) => (
        <li key={name}>
          <Link route={{ name }} aria-current={currentName === name ? 'page' : undefined}>
            {label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
