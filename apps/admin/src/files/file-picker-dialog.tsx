import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { FileBrowser } from './file-browser.js';
import type { FileInfo } from './file-types.js';
import { useFolders } from './use-folders.js';

/** Props of {@link FilePickerDialog}. */
export interface FilePickerDialogProps {
  title: string;
  imagesOnly: boolean;
  onPick: (file: FileInfo) => void;
  onClose: () => void;
}

/** A modal library: browse folders, pick a file or upload one (which picks it). */
export default function FilePickerDialog({ title, imagesOnly, onPick, onClose }: FilePickerDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { folders, reload } = useFolders();
  const [folder, setFolder] = useState<string | null>(null);

  // A modal <dialog> traps focus, closes on Escape and gives the page behind it `inert`.
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  // Rendered at the end of <body>: the field sits inside the editor's form, and forms must not nest.
  return createPortal(
    <dialog ref={dialog} className="file-picker" aria-label={title} onClose={onClose}>
      <div className="page-header">
        <h2>{title}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          Cancel
        </button>
      </div>
      <FileBrowser
        folders={folders}
        onFoldersChanged={reload}
        folder={folder}
        onFolder={setFolder}
        selected={null}
        imagesOnly={imagesOnly}
        onSelect={(file) => {
          onPick(file);
          dialog.current?.close();
        }}
      />
    </dialog>,
    document.body,
  );
}
