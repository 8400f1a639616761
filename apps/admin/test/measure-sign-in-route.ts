import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file the sign-in route loads, with its gzipped size. */
export interface RouteFile {
  path: string;
  gzipBytes: number;
}

/** What the sign-in route (the first page anyone sees) downloads. */
export interface RouteReport {
  files: RouteFile[];
  scriptGzipBytes: number;
  totalGzipBytes: number;
}

const BASE = '/admin/';
const REFERENCES = /<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g;
// Static imports only: `import(...)` chunks are what the sign-in route does not load.
const STATIC_IMPORTS =
  /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/**
 * Follows `index.html` of the build in `dist` to every script, module preload and stylesheet it
 * loads, and every chunk those scripts import statically, and gzips each.
 */
export function measureSignInRoute(dist: string): RouteReport {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const pending = [...html.matchAll(REFERENCES)]
    .map((match) => match[1]!)
    .filter((url) => url.startsWith(BASE))
    .map((url) => url.slice(BASE.length));
  const seen = new Set<string>();
  while (pending.length > 0) {
    const path = pending.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    if (!path.endsWith('.js')) continue;
    const code = readFileSync(join(dist, path), 'utf8');
    for (const match of code.matchAll(STATIC_IMPORTS)) {
      pending.push(posix.normalize(posix.join(posix.dirname(path), match[1]!)));
    }
  }
  const files = [...seen, 'index.html'].map((path) => ({
    path,
    gzipBytes: gzipSync(readFileSync(join(dist, path)), { level: 9 }).length,
  }));
  const sum = (list: RouteFile[]) => list.reduce((total, file) => total + file.gzipBytes, 0);
  return {
    files,
    scriptGzipBytes: sum(files.filter((file) => file.path.endsWith('.js'))),
    totalGzipBytes: sum(files),
  };
}
