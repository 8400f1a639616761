import type { SettingValue } from './env-definition.js';
import type { envDefinitions } from './env-definitions.js';

type Definition = (typeof envDefinitions)[number];

/** Every known setting, parsed: `env.PORT` is a number, `env.CORS_ORIGIN` is `boolean | string[] | RegExp`. */
export type PlinthSettings = { readonly [D in Definition as D['name']]: SettingValue<D> };

/** The frozen result of `loadEnv`. */
export type PlinthEnv = PlinthSettings & {
  /** `true` when `SECRET` was not set and a random one was made for this boot. */
  readonly SECRET_IS_GENERATED: boolean;
  /**
   * Every variable as text (environment over config file, `*_FILE` resolved, defaults of known
   * settings filled in). Not enumerable. Read dynamic groups through `pickPrefixed`.
   */
  readonly raw: Readonly<Record<string, string>>;
  /** The directory relative paths were resolved against. Not enumerable. */
  readonly cwd: string;
};
