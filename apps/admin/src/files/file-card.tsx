import { isImage, toThumbnailUrl } from './file-facts.js';
import type { FileInfo } from './file-types.js';

/** Props of {@link FileCard}. */
export interface FileCardProps {
  file: FileInfo;
  selected: boolean;
  onSelect: (file: FileInfo) => void;
}

/** One tile of the grid: a thumbnail (or the file's type) and its title; a button that selects it. */
export function FileCard({ file, selected, onSelect }: FileCardProps) {
  const title = file.title || file.filename_download;
  return (
    <li>
      <button type="button" className="file-card" aria-pressed={selected} onClick={() => onSelect(file)}>
        {isImage(file.type) ? (
          <img src={toThumbnailUrl(file.id)} alt="" width={200} height={200} loading="lazy" />
        ) : (
          <span className="file-type" aria-hidden="true">
            {(file.type?.split('/')[1] ?? 'file').slice(0, 6)}
          </span>
        )}
        <span className="file-title">{title}</span>
      </button>
    </li>
  );
}
