/** The URL of a square thumbnail of an image file (an `/assets` transform cropped to cover). */
export function toThumbnailUrl(id: string, size = 200): string {
  return `/assets/${encodeURIComponent(id)}?width=${size}&height=${size}&fit=cover`;
}

/** Whether the asset route can transform a file of this MIME type into a thumbnail. */
export function isImage(type: string | null | undefined): boolean {
  return /^image\/(jpeg|png|webp|gif|tiff|avif)$/.test(type ?? '');
}

/** A byte count as people read it: `512 B`, `1.5 KB`, `2.3 MB` (1 KB = 1024 bytes). */
export function formatSize(bytes: number | string | null | undefined): string {
  const value = Number(bytes ?? Number.NaN);
  if (!Number.isFinite(value) || value < 0) return '—';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let size = value;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${size} B` : `${size.toFixed(size < 10 ? 1 : 0)} ${units[unit]}`;
}

/** The folders from the root down to `id` (for the breadcrumb); stops at a missing parent or a loop. */
export function toFolderPath<T extends { id: string; parent: string | null }>(
  folders: T[],
  id: string | null,
): T[] {
  const byId = new Map(folders.map((folder) => [folder.id, folder]));
  const path: T[] = [];
  let current = id ? byId.get(id) : undefined;
  while (current && !path.includes(current)) {
    path.unshift(current);
    current = current.parent ? byId.get(current.parent) : undefined;
  }
  return path;
}
