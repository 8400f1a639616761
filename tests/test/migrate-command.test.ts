import { describe, expect, it } from 'vitest';
import { createWorkDir, runPlinth } from '../src/plinth-process.js';

describe('plinth migrate and bootstrap', () => {
  it('migrates up, reports up to date on re-run, reverts, and bootstrap creates the admin once', async () => {
    const cwd = createWorkDir();
    const first = await runPlinth(['migrate', 'latest'], { cwd, env: {} });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Applied \d+ migration/);

    const again = await runPlinth(['migrate', 'latest'], { cwd, env: {} });
    expect(again.stdout).toMatch(/Already up to date/);

    const status = await runPlinth(['migrate', 'status'], { cwd, env: {} });
    expect(status.stdout).toMatch(/applied \d{4}-/);

    const down = await runPlinth(['migrate', 'down'], { cwd, env: {} });
    expect(down.code).toBe(0);
    expect(down.stdout).toMatch(/Reverted /);

    const boot = await runPlinth(['bootstrap'], { cwd, env: { ADMIN_PASSWORD: 'pw-from-env' } });
    expect(boot.code).toBe(0);
    expect(boot.stdout).toMatch(/Admin admin@example.com created\./);
    const bootAgain = await runPlinth(['bootstrap'], { cwd, env: {} });
    expect(bootAgain.stdout).toMatch(/an admin already exists/);
  });
});
