import { describe, expect, it } from 'vitest';
import { describeListenError } from './describe-listen-error.js';

const error = (code: string) => Object.assign(new Error(`listen ${code}`), { code });

describe('describeListenError', () => {
  it('says what to do for each way listening fails', () => {
    expect(describeListenError(error('EADDRINUSE'), '0.0.0.0', 8055)).toBe(
      'Port 8055 is already in use on 0.0.0.0. Stop the process using it, or set PORT to a free port.',
    );
    expect(describeListenError(error('EACCES'), '0.0.0.0', 80)).toMatch(/port above 1023/);
    expect(describeListenError(error('EADDRNOTAVAIL'), '10.9.9.9', 8055)).toMatch(/Set HOST/);
    expect(describeListenError(error('EOTHER'), 'h', 1)).toBe(
      'Could not start listening on h:1: listen EOTHER',
    );
  });
});
