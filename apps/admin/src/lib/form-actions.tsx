import type { ReactNode } from 'react';

interface FormActionsProps {
  /** The submit button's text, e.g. "Save field". */
  save: string;
  onCancel: () => void;
  /** Buttons after Cancel, such as a delete. */
  children?: ReactNode;
}

/** The row under an editing form: submit, cancel, and whatever else the form offers. */
export function FormActions({ save, onCancel, children }: FormActionsProps) {
  return (
    <div className="actions">
      <button type="submit" className="primary">
        {save}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      {children}
    </div>
  );
}
