import type { Editor } from '@tiptap/react';
import { type KeyboardEvent, useRef, useState } from 'react';

/** Which marks and blocks the selection is in, for the toolbar's pressed states. */
export interface ActiveFormats {
  bold: boolean;
  italic: boolean;
  heading2: boolean;
  heading3: boolean;
  bulletList: boolean;
  orderedList: boolean;
  link: boolean;
  href: string;
}

interface Action {
  label: string;
  text: string;
  pressed: (active: ActiveFormats) => boolean;
  run: (editor: Editor) => void;
}

const ACTIONS: Action[] = [
  { label: 'Bold', text: 'B', pressed: (a) => a.bold, run: (e) => e.chain().focus().toggleBold().run() },
  {
    label: 'Italic',
    text: 'I',
    pressed: (a) => a.italic,
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    label: 'Heading 2',
    text: 'H2',
    pressed: (a) => a.heading2,
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    label: 'Heading 3',
    text: 'H3',
    pressed: (a) => a.heading3,
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  {
    label: 'Bulleted list',
    text: '• List',
    pressed: (a) => a.bulletList,
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    label: 'Numbered list',
    text: '1. List',
    pressed: (a) => a.orderedList,
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
];

/** Props of {@link RichTextToolbar}. */
export interface RichTextToolbarProps {
  editor: Editor | null;
  active: ActiveFormats | null;
  label: string;
}

/**
 * The formatting buttons of a rich text field: one tab stop, arrow keys (and Home / End) move between
 * the buttons, each has a name and says whether it is on; "Link" opens an address box.
 */
export function RichTextToolbar({ editor, active, label }: RichTextToolbarProps) {
  const bar = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState(0);
  const [linking, setLinking] = useState(false);
  const [href, setHref] = useState('');
  const count = ACTIONS.length + 1;

  function onKeyDown(event: KeyboardEvent) {
    const targets: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: count - 1,
    };
    const target = targets[event.key];
    if (target === undefined || !(event.target instanceof HTMLButtonElement)) return;
    event.preventDefault();
    const next = (target + count) % count;
    setCurrent(next);
    bar.current?.querySelectorAll<HTMLButtonElement>(':scope > button')[next]?.focus();
  }

  function applyLink() {
    if (!editor) return;
    const chain = editor.chain().focus().extendMarkRange('link');
    if (href.trim() === '') chain.unsetLink().run();
    else chain.setLink({ href: href.trim() }).run();
    setLinking(false);
  }

  const button = (index: number, text: string, name: string, pressed: boolean, run: () => void) => (
    <button
      key={name}
      type="button"
      aria-label={name}
      aria-pressed={pressed}
      tabIndex={index === current ? 0 : -1}
      onFocus={() => setCurrent(index)}
      onClick={run}
      disabled={!editor}
    >
      {text}
    </button>
  );

  return (
    <>
      <div ref={bar} role="toolbar" aria-label={label} className="rich-text-toolbar" onKeyDown={onKeyDown}>
        {ACTIONS.map((action, index) =>
          button(index, action.text, action.label, active ? action.pressed(active) : false, () => {
            if (editor) action.run(editor);
          }),
        )}
        {button(ACTIONS.length, 'Link', 'Link', active?.link ?? false, () => {
          setHref(active?.href ?? '');
          setLinking(!linking);
        })}
      </div>
      {linking && (
        <div className="rich-text-link">
          <input
            type="url"
            aria-label="Link address"
            placeholder="https://…"
            value={href}
            // biome-ignore lint/a11y/noAutofocus: the box opens because the person asked to type an address
            autoFocus
            onChange={(event) => setHref(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                applyLink();
              } else if (event.key === 'Escape') setLinking(false);
            }}
          />
          <button type="button" onClick={applyLink}>
            {href.trim() === '' ? 'Remove link' : 'Apply link'}
          </button>
          <button type="button" onClick={() => setLinking(false)}>
            Cancel
          </button>
        </div>
      )}
    </>
  );
}
