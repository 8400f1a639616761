import { useState } from 'react';
import { navigate } from '../lib/router.js';
import { FileBrowser } from './file-browser.js';
import { FileDetails } from './file-details.js';
import type { FileInfo } from './file-types.js';
import { useFolders } from './use-folders.js';
import './files.css';

/** Props of {@link FilesPage}. */
export interface FilesPageProps {
  /** The open folder (from the URL); the root when null. */
  folder: string | null;
}

/** The file library: folders, upload, the grid of thumbnails and the details of the file picked. */
export default function FilesPage({ folder }: FilesPageProps) {
  const { folders, reload: reloadFolders } = useFolders();
  const [selected, setSelected] = useState<FileInfo | null>(null);
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((value) => value + 1);

  return (
    <section className={selected ? 'files-page with-details' : 'files-page'}>
      <div className="page-header">
        <h1>Files</h1>
      </div>
      <div className="files-layout">
        <FileBrowser
          folders={folders}
          onFoldersChanged={reloadFolders}
          folder={folder}
          onFolder={(next) => {
            setSelected(null);
            navigate({ name: 'files', folder: next });
          }}
          selected={selected?.id ?? null}
          onSelect={setSelected}
          version={version}
        />
        {selected && (
          <FileDetails
            key={selected.id}
            file={selected}
            folders={folders}
            onChanged={(file) => {
              setSelected(file);
              refresh();
            }}
            onDeleted={() => {
              setSelected(null);
              refresh();
            }}
            onClose={() => setSelected(null)}
          />
        )}
      </div>
    </section>
  );
}
