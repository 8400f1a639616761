/** What `EnvError` is built from; every part is already safe to show. */
export interface EnvErrorDetails {
  /** The variable at fault, e.g. `PORT`. */
  variable: string;
  /** What it accepts, e.g. `an integer from 1 to 65535`. */
  accepted: string;
  /** What it got, quoted, or `a hidden value` for secrets. */
  received: string;
  /** Where to fix it. @default 'Set it in the environment or in .env.' */
  hint?: string;
}

const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ');

/**
 * A setting that stops start-up. The message is one line naming the variable, what it accepts and
 * what it got, and never contains a secret value.
 */
export class EnvError extends Error {
  override readonly name = 'EnvError';
  /** The variable at fault. */
  readonly variable: string;
  /** What the variable accepts. */
  readonly accepted: string;
  /** What it got, redacted when secret. */
  readonly received: string;

  constructor(details: EnvErrorDetails) {
    const hint = details.hint ?? 'Set it in the environment or in .env.';
    super(oneLine(`${details.variable} must be ${details.accepted}, got ${details.received}. ${hint}`));
    this.variable = details.variable;
    this.accepted = oneLine(details.accepted);
    this.received = oneLine(details.received);
  }
}
