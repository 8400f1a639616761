import { readFile } from '@directus/sdk';
import { lazy, Suspense, useEffect, useState } from 'react';
import { client } from '../lib/client.js';
import { isImage, toThumbnailUrl } from './file-facts.js';
import type { FileInfo } from './file-types.js';
import './files.css';

// The library behind the picker loads when a picker first opens, not with every editor.
const FilePickerDialog = lazy(() => import('./file-picker-dialog.js'));

/** Props of {@link FileFieldInput}. */
export interface FileFieldInputProps {
  id: string;
  name: string;
  disabled: boolean;
  /** The chosen file's id, or `''` for none. */
  value: string;
  onChange: (value: string) => void;
  /** An image field (interface `file-image`): the picker lists only images. */
  imagesOnly: boolean;
  'aria-invalid'?: boolean | undefined;
  'aria-describedby'?: string | undefined;
  'aria-required'?: boolean | undefined;
}

type Shown = Pick<FileInfo, 'id' | 'title' | 'type' | 'filename_download'>;

/** A file or image field (an m2o to `directus_files`): the chosen file, a library picker, remove. */
export function FileFieldInput({
  id,
  name,
  disabled,
  value,
  onChange,
  imagesOnly,
  ...aria
}: FileFieldInputProps) {
  const [file, setFile] = useState<Shown | null>(null);
  const [picking, setPicking] = useState(false);
  const noun = imagesOnly ? 'image' : 'file';

  useEffect(() => {
    if (!value || file?.id === value) return;
    let live = true;
    client.request(readFile(value, { fields: ['id', 'title', 'type', 'filename_download'] })).then(
      (found) => live && setFile(found as unknown as Shown),
      () => live && setFile({ id: value, title: null, type: null, filename_download: `#${value}` }),
    );
    return () => {
      live = false;
    };
  }, [value, file?.id]);

  const shown = value && file?.id === value ? file : null;
  return (
    <div className="file-field">
      {shown && isImage(shown.type) && (
        <img src={toThumbnailUrl(shown.id, 128)} alt="" width={64} height={64} />
      )}
      <output id={id} name={name} {...aria}>
        {value ? (shown?.title ?? shown?.filename_download ?? 'Loading…') : `No ${noun}`}
      </output>
      <button
        type="button"
        disabled={disabled}
        aria-label={`Choose ${noun} for ${name}`}
        onClick={() => setPicking(true)}
      >
        Choose {noun}
      </button>
      {value && (
        <button
          type="button"
          disabled={disabled}
          aria-label={`Remove ${noun} from ${name}`}
          onClick={() => onChange('')}
        >
          Remove
        </button>
      )}
      {picking && (
        <Suspense fallback={<span role="status">Loading…</span>}>
          <FilePickerDialog
            title={`Choose ${noun} for ${name}`}
            imagesOnly={imagesOnly}
            onPick={(picked) => {
              setFile(picked);
              onChange(picked.id);
            }}
            onClose={() => setPicking(false)}
          />
        </Suspense>
      )}
    </div>
  );
}
