import { type Editor, EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect } from 'react';
import type { EditorInputProps } from './editor-input-props.js';
import { RichTextToolbar } from './rich-text-toolbar.js';
import './rich-text.css';

/** The HTML the field stores: an editor holding only an empty paragraph stores nothing. */
function toStoredHtml(editor: Editor): string {
  return editor.isEmpty ? '' : editor.getHTML();
}

/** A rich text field (TipTap over ProseMirror) that stores HTML; loaded lazily by the field input. */
export default function RichTextEditor({ id, name, disabled, value, onChange, ...aria }: EditorInputProps) {
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'] },
        // The stored HTML holds what was written, not the empty paragraph kept after a final list.
        trailingNode: false,
      }),
    ],
    content: value,
    editable: !disabled,
    editorProps: {
      attributes: {
        id,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': `${id}-label`,
        'data-name': name,
        class: 'rich-text-content',
        ...Object.fromEntries(
          Object.entries(aria)
            .filter(([, attribute]) => attribute !== undefined)
            .map(([key, attribute]) => [key, String(attribute)]),
        ),
      },
    },
    onUpdate: ({ editor: updated }) => onChange(toStoredHtml(updated)),
  });

  // A value set from outside (the item reloaded after a save or a restore) replaces the content.
  useEffect(() => {
    if (editor && value !== toStoredHtml(editor)) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);

  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      heading2: current.isActive('heading', { level: 2 }),
      heading3: current.isActive('heading', { level: 3 }),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      link: current.isActive('link'),
      href: (current.getAttributes('link')['href'] as string | undefined) ?? '',
    }),
  });

  return (
    <div className="rich-text">
      {!disabled && <RichTextToolbar editor={editor} active={active} label={`Formatting for ${name}`} />}
      <EditorContent editor={editor} />
    </div>
  );
}
