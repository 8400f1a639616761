import type { FilesRuntime } from '@plinth/services';
import type { AccountServices } from '../accounts/create-account-services.js';
import type { AuthRoutesOptions } from '../auth/auth-routes.js';
import type { OpenApiDocumentOptions } from '../server/read-openapi-document.js';
import type { ServerHealthOptions } from '../server/read-server-health.js';
import type { ServerInfoOptions } from '../server/read-server-info.js';
import type { GraphQLSystemOptions } from './create-system-bridge.js';

/**
 * What `/graphql/system` gets from the API's options: the login routes' runtime and cookies, the
 * account services the REST routes use, the server's reports and the files runtime. Without the login routes' options
 * its auth fields are unavailable too.
 */
export function toGraphQLSystemOptions(
  authRoutes: AuthRoutesOptions | undefined,
  accounts: AccountServices | undefined,
  server: { info: ServerInfoOptions; health: ServerHealthOptions } | undefined,
  files?: FilesRuntime,
  oas?: OpenApiDocumentOptions,
): { system?: GraphQLSystemOptions } {
  if (!authRoutes) return {};
  return {
    system: {
      auth: authRoutes.auth,
      cookies: authRoutes.cookies,
      disablePasswordLogin: authRoutes.env.AUTH_DISABLE_DEFAULT,
      ...(accounts ? { accounts } : {}),
      ...(server ? { server } : {}),
      ...(files ? { files } : {}),
      ...(oas ? { oas } : {}),
    },
  };
}
