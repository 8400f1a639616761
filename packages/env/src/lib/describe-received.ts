import { isSecretSetting } from '../is-secret-setting.js';

const maxShown = 60;

/**
 * How a bad value is shown in an error: quoted and escaped onto one line, shortened, with URL
 * credentials masked; secrets are not shown at all.
 */
export function describeReceived(variable: string, raw: string): string {
  if (isSecretSetting(variable)) return 'a hidden value';
  const masked = raw.replace(/\/\/[^/@\s]*@/g, '//***@');
  const shown = masked.length > maxShown ? `${masked.slice(0, maxShown)}…` : masked;
  return JSON.stringify(shown);
}
