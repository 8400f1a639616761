import { useState } from 'react';
import { ErrorList } from '../content/error-list.js';
import { useDebounced } from '../content/use-debounced.js';
import { FileCard } from './file-card.js';
import type { FileInfo, FolderInfo } from './file-types.js';
import { FolderBar } from './folder-bar.js';
import { UploadZone } from './upload-zone.js';
import { useFiles } from './use-files.js';

/** Props of {@link FileBrowser}. */
export interface FileBrowserProps {
  folders: FolderInfo[];
  onFoldersChanged: () => void;
  folder: string | null;
  onFolder: (folder: string | null) => void;
  selected: string | null;
  onSelect: (file: FileInfo) => void;
  /** Bumped by the owner to make the grid read its files again (after an edit or a delete). */
  version?: number;
  imagesOnly?: boolean;
}

/** Folders, a search box, an upload zone and the grid of one folder's files. */
export function FileBrowser(props: FileBrowserProps) {
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search, 300);
  const { files, errors, reload } = useFiles(props.folder, debounced);
  const [seen, setSeen] = useState(props.version ?? 0);
  if ((props.version ?? 0) !== seen) {
    setSeen(props.version ?? 0);
    reload();
  }
  const shown = props.imagesOnly ? files?.filter((file) => file.type?.startsWith('image/')) : files;

  return (
    <div className="file-browser">
      <FolderBar
        folders={props.folders}
        folder={props.folder}
        onFolder={props.onFolder}
        onCreated={props.onFoldersChanged}
      />
      <label className="search">
        <span className="visually-hidden">Search files</span>
        <input
          type="search"
          placeholder="Search files…"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </label>
      <UploadZone
        folder={props.folder}
        imagesOnly={props.imagesOnly}
        onUploaded={(file) => {
          reload();
          props.onSelect(file);
        }}
      />
      <ErrorList errors={errors} />
      {shown === null || shown === undefined ? (
        <p role="status">Loading…</p>
      ) : shown.length === 0 ? (
        <p className="empty">No files here yet.</p>
      ) : (
        <ul className="file-grid" aria-label="Files">
          {shown.map((file) => (
            <FileCard
              key={file.id}
              file={file}
              selected={file.id === props.selected}
              onSelect={props.onSelect}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
