import { createFolder } from '@directus/sdk';
import { type FormEvent, useState } from 'react';
import { ErrorList } from '../content/error-list.js';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import { client } from '../lib/client.js';
import { toFolderPath } from './file-facts.js';
import type { FolderInfo } from './file-types.js';

/** Props of {@link FolderBar}. */
export interface FolderBarProps {
  folders: FolderInfo[];
  folder: string | null;
  onFolder: (folder: string | null) => void;
  onCreated: () => void;
}

/** Where in the folder tree the library is (a breadcrumb), the folders below it, and a new-folder form. */
export function FolderBar({ folders, folder, onFolder, onCreated }: FolderBarProps) {
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<ApiError[]>([]);
  const path = toFolderPath(folders, folder);
  const children = folders.filter((entry) => entry.parent === folder);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    // In the picker dialog this form is a portal child of the editor's form: keep its submit here.
    event.stopPropagation();
    if (!name.trim()) return;
    try {
      await client.request(createFolder({ name: name.trim(), parent: folder }));
      setName('');
      setErrors([]);
      onCreated();
    } catch (thrown) {
      setErrors(toApiErrors(thrown));
    }
  };

  return (
    <div className="folder-bar">
      <nav aria-label="Folder path">
        <ol className="breadcrumb">
          <li>
            <button
              type="button"
              className="link"
              onClick={() => onFolder(null)}
              aria-current={folder ? undefined : 'location'}
            >
              All files
            </button>
          </li>
          {path.map((entry) => (
            <li key={entry.id}>
              <button
                type="button"
                className="link"
                onClick={() => onFolder(entry.id)}
                aria-current={entry.id === folder ? 'location' : undefined}
              >
                {entry.name}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {children.length > 0 && (
        <ul className="folders" aria-label="Folders">
          {children.map((entry) => (
            <li key={entry.id}>
              <button type="button" className="folder" onClick={() => onFolder(entry.id)}>
                {entry.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="new-folder" aria-label="New folder" onSubmit={create}>
        <label>
          <span className="visually-hidden">Folder name</span>
          <input
            value={name}
            placeholder="New folder name"
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <button type="submit">Create folder</button>
      </form>
      <ErrorList errors={errors} />
    </div>
  );
}
