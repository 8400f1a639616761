import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createWorkDir, runPlinth } from '../src/plinth-process.js';

const lastLine = (text: string) => text.trim().split('\n').at(-1) ?? '';

describe('start-up failures end in one line that says what to do, and a non-zero exit', () => {
  it('a bad setting names the variable and what it accepts', async () => {
    const result = await runPlinth(['start'], { cwd: createWorkDir(), env: { PORT: 'eighty' } });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^plinth: PORT .*eighty/);
  });

  it('an unreachable database says which one and what to check, after retrying', async () => {
    const result = await runPlinth(['start'], {
      cwd: createWorkDir(),
      env: {
        DB_CLIENT: 'pg',
        DB_HOST: '127.0.0.1',
        DB_PORT: '1',
        DB_USER: 'postgres',
        DB_PASSWORD: 'hunter2-secret',
        DB_DATABASE: 'plinth',
        DB_CONNECT_RETRIES: '2',
        DB_CONNECT_RETRY_DELAY: '50',
      },
    });
    expect(result.code).toBe(1);
    const line = lastLine(result.stderr);
    expect(line).toMatch(/^plinth: Could not connect to PostgreSQL at 127\.0\.0\.1:1/);
    expect(line).toMatch(/DB_HOST/);
    expect(result.stderr).not.toMatch(/hunter2-secret/);
  });

  it('a port already in use says so and how to pick another', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = await runPlinth(['start'], {
        cwd: createWorkDir(),
        env: { HOST: '127.0.0.1', PORT: String(port) },
      });
      expect(result.code).toBe(1);
      expect(lastLine(result.stderr)).toBe(
        `plinth: Port ${port} is already in use on 127.0.0.1. Stop the process using it, or set PORT to a free port.`,
      );
    } finally {
      blocker.close();
    }
  });

  it('an unknown migrate direction lists the valid ones', async () => {
    const result = await runPlinth(['migrate', 'sideways'], { cwd: createWorkDir(), env: {} });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/latest\|down\|status/);
  });
});
