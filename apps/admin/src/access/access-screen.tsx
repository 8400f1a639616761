import type { CollectionInfo } from '../lib/schema-types.js';
import { SettingsPage } from '../settings/settings-page.js';
import type { AccessRoute } from './access-screen-names.js';
import { PoliciesPage } from './policies-page.js';
import { PolicyPage } from './policy-page.js';
import { RolesPage } from './roles-page.js';
import { UsersPage } from './users-page.js';

/** Props of {@link AccessScreen}. */
export interface AccessScreenProps {
  route: AccessRoute;
  collections: readonly CollectionInfo[];
}

/** The users, roles, policies and settings screens: one lazily loaded chunk, only admins open it. */
export default function AccessScreen({ route, collections }: AccessScreenProps) {
  switch (route.name) {
    case 'users':
      return <UsersPage />;
    case 'roles':
      return <RolesPage />;
    case 'policies':
      return <PoliciesPage />;
    case 'policy':
      return <PolicyPage key={route.id} id={route.id} collections={collections} />;
    case 'settings':
      return <SettingsPage />;
  }
}
