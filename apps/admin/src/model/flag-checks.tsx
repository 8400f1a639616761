/** Props of {@link FlagChecks}. */
export interface FlagChecksProps<Flag extends string> {
  /** Each flag with its label. */
  flags: ReadonlyArray<readonly [Flag, string]>;
  values: Readonly<Record<Flag, boolean>>;
  onChange: (flag: Flag, checked: boolean) => void;
}

/** A checkbox for each of a form's on/off settings. */
export function FlagChecks<Flag extends string>({ flags, values, onChange }: FlagChecksProps<Flag>) {
  return flags.map(([flag, label]) => (
    <label key={flag} className="check">
      <input
        type="checkbox"
        checked={values[flag]}
        onChange={(event) => onChange(flag, event.target.checked)}
      />
      {label}
    </label>
  ));
}
