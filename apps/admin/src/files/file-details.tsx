import { deleteFile, updateFile } from '@directus/sdk';
import { type FormEvent, useId, useState } from 'react';
import { ErrorList } from '../content/error-list.js';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import { client } from '../lib/client.js';
import { formatSize, isImage, toFolderPath, toThumbnailUrl } from './file-facts.js';
import { FILE_FIELDS, type FileInfo, type FolderInfo } from './file-types.js';

/** Props of {@link FileDetails}. */
export interface FileDetailsProps {
  file: FileInfo;
  folders: FolderInfo[];
  onChanged: (file: FileInfo) => void;
  onDeleted: () => void;
  onClose: () => void;
}

/** One file's facts; its title, description and folder can be changed, and it can be deleted. */
export function FileDetails({ file, folders, onChanged, onDeleted, onClose }: FileDetailsProps) {
  const id = useId();
  const [title, setTitle] = useState(file.title ?? '');
  const [description, setDescription] = useState(file.description ?? '');
  const [folder, setFolder] = useState(file.folder ?? '');
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [status, setStatus] = useState('');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const changes = { title: title || null, description: description || null, folder: folder || null };
      const saved = await client.request(updateFile(file.id, changes, { fields: [...FILE_FIELDS] }));
      setErrors([]);
      setStatus('Saved.');
      onChanged(saved as unknown as FileInfo);
    } catch (thrown) {
      setErrors(toApiErrors(thrown));
    }
  };
  const remove = async () => {
    if (!window.confirm(`Delete ${file.filename_download}? This cannot be undone.`)) return;
    try {
      await client.request(deleteFile(file.id));
      onDeleted();
    } catch (thrown) {
      setErrors(toApiErrors(thrown));
    }
  };
  const dimensions = file.width && file.height ? `${file.width} × ${file.height}` : '—';

  return (
    <aside className="file-details" aria-labelledby={`${id}-heading`}>
      <div className="page-header">
        <h2 id={`${id}-heading`}>File details</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {isImage(file.type) && (
        <img
          className="preview"
          src={toThumbnailUrl(file.id, 480)}
          alt={file.title ?? ''}
          width={480}
          height={480}
        />
      )}
      <dl className="facts">
        <dt>File name</dt>
        <dd>{file.filename_download}</dd>
        <dt>Type</dt>
        <dd>{file.type ?? '—'}</dd>
        <dt>Size</dt>
        <dd>{formatSize(file.filesize)}</dd>
        <dt>Dimensions</dt>
        <dd>{dimensions}</dd>
      </dl>
      <a href={`/assets/${encodeURIComponent(file.id)}?download`} download>
        Download
      </a>
      <form className="stack" aria-label="Edit file" onSubmit={save}>
        <label>
          Title
          <input value={title} onChange={(event) => setTitle(event.target.value)} />
        </label>
        <label>
          Description
          <textarea rows={3} value={description} onChange={(event) => setDescription(event.target.value)} />
        </label>
        <label>
          Folder
          <select value={folder} onChange={(event) => setFolder(event.target.value)}>
            <option value="">All files (root)</option>
            {folders.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {toFolderPath(folders, entry.id)
                  .map((step) => step.name)
                  .join(' / ')}
              </option>
            ))}
          </select>
        </label>
        <ErrorList errors={errors} />
        <p role="status" className="muted">
          {status}
        </p>
        <div className="actions">
          <button type="submit" className="primary">
            Save
          </button>
          <button type="button" className="danger" onClick={remove}>
            Delete file
          </button>
        </div>
      </form>
    </aside>
  );
}
