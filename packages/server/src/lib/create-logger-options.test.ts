import { describe, expect, it } from 'vitest';
import { createLoggerOptions, redactUrl } from './create-logger-options.js';

describe('logger options', () => {
  it('masks token-bearing query parameters and keeps the rest', () => {
    expect(redactUrl('/items/a?access_token=abc&fields=id')).toBe(
      '/items/a?access_token=--redacted--&fields=id',
    );
    expect(redactUrl('/x?fields=id&TOKEN=zz#top')).toBe('/x?fields=id&TOKEN=--redacted--#top');
    expect(redactUrl('/server/ping')).toBe('/server/ping');
  });

  it('uses pino-pretty only for the pretty style', () => {
    expect(createLoggerOptions({ LOG_LEVEL: 'info', LOG_STYLE: 'pretty' }).transport).toBeDefined();
    expect(createLoggerOptions({ LOG_LEVEL: 'warn', LOG_STYLE: 'raw' })).toMatchObject({ level: 'warn' });
    expect(createLoggerOptions({ LOG_LEVEL: 'warn', LOG_STYLE: 'raw' }).transport).toBeUndefined();
  });
});
