import { Markdown } from '@tiptap/markdown';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useState } from 'react';
import type { EditorInputProps } from './editor-input-props.js';
import './rich-text.css';

/**
 * A markdown field: a plain textarea, and a preview that renders the markdown in a read-only editor
 * (its schema knows only the blocks and marks of the starter kit, so stored HTML never runs).
 */
export default function MarkdownEditor({ value, onChange, ...textarea }: EditorInputProps) {
  const [previewing, setPreviewing] = useState(false);
  return (
    <div className="markdown-field">
      <div className="markdown-tabs">
        <button type="button" aria-pressed={!previewing} onClick={() => setPreviewing(false)}>
          Write
        </button>
        <button type="button" aria-pressed={previewing} onClick={() => setPreviewing(true)}>
          Preview
        </button>
      </div>
      {previewing ? (
        <MarkdownPreview markdown={value} />
      ) : (
        <textarea
          {...textarea}
          className="code"
          rows={8}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  );
}

function MarkdownPreview({ markdown }: { markdown: string }) {
  const editor = useEditor({
    extensions: [StarterKit, Markdown],
    content: markdown,
    contentType: 'markdown',
    editable: false,
    editorProps: { attributes: { class: 'rich-text-content preview', 'aria-label': 'Preview' } },
  });
  useEffect(() => {
    editor?.commands.setContent(markdown, { contentType: 'markdown', emitUpdate: false });
  }, [editor, markdown]);
  return <EditorContent editor={editor} />;
}
