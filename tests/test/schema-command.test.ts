import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createWorkDir, runPlinth } from '../src/plinth-process.js';

/** A tracked table made the way the API would leave it: the table plus its meta rows. */
function addNotesCollection(cwd: string): void {
  const db = new Database(join(cwd, 'data', 'plinth.db'));
  try {
    db.exec(
      `create table notes (id integer primary key autoincrement, text varchar(255) not null default 'hi')`,
    );
    db.prepare(`insert into directus_collections (collection, icon) values ('notes', 'note')`).run();
    db.prepare(
      `insert into directus_fields (collection, field, interface) values ('notes', 'text', 'input')`,
    ).run();
  } finally {
    db.close();
  }
}

describe('plinth schema snapshot / apply', () => {
  it('moves a data model to another database: plan, refusal without --yes, apply, then nothing left to do', async () => {
    const source = createWorkDir();
    expect((await runPlinth(['bootstrap'], { cwd: source, env: {} })).code).toBe(0);
    addNotesCollection(source);
    const snapshot = await runPlinth(['schema', 'snapshot', 'model.yaml'], { cwd: source, env: {} });
    expect(snapshot.code).toBe(0);
    expect(snapshot.stderr).toMatch(
      /Snapshot of 1 collections, 2 fields and 0 relations written to model.yaml/,
    );
    const file = join(source, 'model.yaml');
    expect(readFileSync(file, 'utf8')).toMatch(/collection: notes/);

    const target = createWorkDir();
    expect((await runPlinth(['bootstrap'], { cwd: target, env: {} })).code).toBe(0);
    const dryRun = await runPlinth(['schema', 'apply', file, '--dry-run'], { cwd: target, env: {} });
    expect(dryRun.code).toBe(0);
    expect(dryRun.stdout).toMatch(/3 change\(s\) to apply:/);
    expect(dryRun.stdout).toMatch(/\+ collection notes/);
    expect(dryRun.stdout).toMatch(/\+ field notes\.text/);

    const refused = await runPlinth(['schema', 'apply', file], { cwd: target, env: {} });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/run with --yes/);

    const applied = await runPlinth(['schema', 'apply', file, '--yes'], { cwd: target, env: {} });
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/Applied\./);
    const db = new Database(join(target, 'data', 'plinth.db'), { readonly: true });
    const columns = db.prepare(`select name from pragma_table_info('notes')`).all();
    db.close();
    expect(columns).toEqual([{ name: 'id' }, { name: 'text' }]);

    const again = await runPlinth(['schema', 'apply', file, '--yes'], { cwd: target, env: {} });
    expect(again.stdout).toMatch(/already matches the snapshot; nothing to do/);
  });

  it('says what to do when the file is missing', async () => {
    const cwd = createWorkDir();
    const result = await runPlinth(['schema', 'apply', 'nope.yaml', '--yes'], { cwd, env: {} });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^plinth: Cannot read nope\.yaml \(ENOENT\)/);
    expect(existsSync(join(cwd, 'nope.yaml'))).toBe(false);
  });
});
