import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';

/** A built admin app: its folder and the files in it, as URL paths relative to `/admin/`. */
export interface AdminAppBuild {
  root: string;
  files: ReadonlySet<string>;
}

/** Where `@plinth/admin` puts its build, or `null` when the package cannot be resolved. */
export function findAdminAppRoot(): string | null {
  try {
    const manifest = createRequire(import.meta.url).resolve('@plinth/admin/package.json');
    return join(dirname(manifest), 'dist');
  } catch {
    return null;
  }
}

/**
 * The files of the admin build in `root`, listed once at boot so that a request can only ever
 * reach a file the build wrote. `null` when there is no build (no `index.html`).
 */
export function readAdminAppBuild(root: string | null): AdminAppBuild | null {
  if (!root || !existsSync(join(root, 'index.html'))) return null;
  const files = new Set<string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files.add(relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
  }
  return { root, files };
}
