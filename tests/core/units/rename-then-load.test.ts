// A unit the clerk renamed keeps its old name as an alias: a plan loaded afterwards that writes
// the old name finds the renamed unit instead of creating a second one.
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { defaultSeedsDir } from '../../../electron/core/paths';
import { loadSeedPlans } from '../../../electron/core/seeds/load-seeds';
import { renameUnit } from '../../../electron/core/units/unit-edit';
import { tempDir } from '../../helpers/temp-db';

const tmp = tempDir();
afterAll(() => tmp.remove());

it('links a later plan’s 市财政局 to the unit renamed from it', () => {
  const seeds = join(tmp.dir, 'seeds');
  mkdirSync(seeds);
  cpSync(join(defaultSeedsDir(), 'sources'), join(seeds, 'sources'), { recursive: true });
  cpSync(join(defaultSeedsDir(), 'units.json'), join(seeds, 'units.json'));
  cpSync(join(defaultSeedsDir(), 'chongqing-2020h2.json'), join(seeds, 'chongqing-2020h2.json'));
  const db = openDatabase(tmp.file('later.db'));
  try {
    loadSeedPlans(db, seeds);
    const id = db.prepare("SELECT id FROM units WHERE scope = '重庆市' AND name = '市财政局'").pluck().get() as number;
    renameUnit(db, id, '重庆市财政局');

    cpSync(join(defaultSeedsDir(), 'chongqing-2018h2.json'), join(seeds, 'chongqing-2018h2.json'));
    expect(loadSeedPlans(db, seeds).loaded).toEqual(['chongqing-2018h2']);
    expect(db.prepare("SELECT COUNT(*) FROM units WHERE scope = '重庆市' AND name = '市财政局'").pluck().get()).toBe(0);
    const written = db.prepare(
      "SELECT DISTINCT tu.written_name FROM task_units tu JOIN tasks t ON t.id = tu.task_id WHERE t.plan_id = 'chongqing-2018h2' AND tu.unit_id = ?",
    ).pluck().all(id);
    expect(written).toEqual(['市财政局']); // the 2018 plan's own wording, on the renamed unit
    // No unit is named what another unit of its scope is also called.
    expect(db.prepare(
      'SELECT u.name FROM units u JOIN unit_aliases a ON a.alias = u.name JOIN units o ON o.id = a.unit_id AND o.scope = u.scope AND o.id <> u.id',
    ).pluck().all()).toEqual([]);
  } finally {
    db.close();
  }
});
