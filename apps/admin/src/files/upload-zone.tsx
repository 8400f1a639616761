import { type DragEvent, useId, useRef, useState } from 'react';
import type { FileInfo } from './file-types.js';
import { uploadFile } from './upload-file.js';

/** Props of {@link UploadZone}. */
export interface UploadZoneProps {
  folder: string | null;
  onUploaded: (file: FileInfo) => void;
  /** Only let images be picked (the dialog of an image field). */
  imagesOnly?: boolean | undefined;
}

interface Upload {
  key: number;
  name: string;
  share: number;
  error: string | null;
}

/** Drop files here or pick them: each is uploaded with a progress bar; errors stay listed. */
export function UploadZone({ folder, onUploaded, imagesOnly = false }: UploadZoneProps) {
  const inputId = useId();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);
  const counter = useRef(0);

  const update = (key: number, change: Partial<Upload>) =>
    setUploads((current) =>
      current.map((upload) => (upload.key === key ? { ...upload, ...change } : upload)),
    );

  const start = (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      counter.current += 1;
      const key = counter.current;
      setUploads((current) => [...current, { key, name: file.name, share: 0, error: null }]);
      uploadFile(file, { folder, onProgress: (share) => update(key, { share }) }).then(
        (uploaded) => {
          setUploads((current) => current.filter((upload) => upload.key !== key));
          onUploaded(uploaded);
        },
        (thrown: Error) => update(key, { error: thrown.message }),
      );
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    start(event.dataTransfer.files);
  };

  return (
    // The drop target is a convenience beside the labelled file input, which is the accessible way in.
    // biome-ignore lint/a11y/noStaticElementInteractions: drag-and-drop has no keyboard form to offer
    <div
      className={dragging ? 'upload-zone dragging' : 'upload-zone'}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <p>
        Drop files here, or{' '}
        <label htmlFor={inputId} className="pick-files">
          choose files to upload
        </label>
        <input
          id={inputId}
          type="file"
          multiple
          accept={imagesOnly ? 'image/*' : undefined}
          className="visually-hidden"
          onChange={(event) => {
            start(event.target.files);
            event.target.value = '';
          }}
        />
      </p>
      {uploads.length > 0 && (
        <ul className="uploads" aria-label="Uploads">
          {uploads.map((upload) => (
            <li key={upload.key}>
              <span>{upload.name}</span>
              {upload.error ? (
                <span role="alert" className="field-error">
                  {upload.error}
                </span>
              ) : (
                <progress max={1} value={upload.share} aria-label={`Uploading ${upload.name}`} />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
