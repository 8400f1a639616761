import { type FormEvent, useState } from 'react';
import { toApiErrors } from '../lib/api-errors.js';

type State = 'closed' | 'open' | 'sending' | 'sent' | 'unavailable' | 'failed';

/** Props of {@link EmailLinkRequest}. */
export interface EmailLinkRequestProps {
  /** The text of the link-styled button that opens the form. */
  openLabel: string;
  /** The label of the email input. */
  inputLabel: string;
  /** The route that emails the link, e.g. `/auth/password/request`. */
  endpoint: string;
  /** The request body for an address. */
  toBody: (email: string) => Record<string, unknown>;
  /** Said after a 204, which the API answers whether or not the address has an account. */
  sentText: string;
  /** Said after a 403, for a feature the server has switched off. */
  unavailableText: string;
}

/** A collapsed "email me a link" form: a password reset or a magic sign-in link. */
export function EmailLinkRequest(props: EmailLinkRequestProps) {
  const [state, setState] = useState<State>('closed');
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setState('sending');
    const response = await fetch(props.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(props.toBody(email)),
    }).catch(() => null);
    if (response?.status === 204) return setState('sent');
    if (response?.status === 403) return setState('unavailable');
    const body = response ? await response.json().catch(() => null) : null;
    setMessage(toApiErrors(body)[0]?.message ?? 'The email could not be sent.');
    setState('failed');
  }

  if (state === 'closed') {
    return (
      <button type="button" className="link" onClick={() => setState('open')}>
        {props.openLabel}
      </button>
    );
  }
  return (
    <form onSubmit={submit} className="stack email-link" aria-label={props.openLabel}>
      <label>
        {props.inputLabel}
        <input type="email" required value={email} onChange={(event) => setEmail(event.target.value)} />
      </label>
      <button type="submit" disabled={state === 'sending'}>
        Send
      </button>
      <p role="status">
        {state === 'sent' && props.sentText}
        {state === 'unavailable' && props.unavailableText}
        {state === 'failed' && message}
      </p>
    </form>
  );
}
