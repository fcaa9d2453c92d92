// The defaults a regime gets once: due times, the two standard forms (hospitals' figures and
// narratives; working groups' narratives), each reporter's form and recipients, and the cost
// formulas of the plan's indicators. Applied to every regime whose setup_version is behind, on
// every read-write start, so a database from before the reporting regime is brought up too;
// the office's own edits afterwards are never overwritten.
import type { Db } from '../db/open';
import { writeAudit } from '../audit/audit';
import { defaultDue } from './periods';

export const regimeSetupVersion = 1;

const hospitalForm = {
  name: '医院运行信息报表',
  figures: [
    'visits_outpatient', 'discharges', 'revenue_medical', 'revenue_drug', 'revenue_material',
    'visits_outpatient_prior', 'discharges_prior', 'revenue_medical_prior', 'revenue_drug_prior', 'revenue_material_prior',
    'complaints',
  ],
  /** what the cost indicators cannot do without */
  required: new Set(['revenue_medical', 'revenue_drug', 'revenue_material']),
};
const groupForm = { name: '工作组工作进展' };
const narratives = ['工作进展', '存在问题', '下步打算'];

/** The cost indicators' formulas, by the words a plan names them with. */
const formulas: { match: RegExp; scale: number; numerator: [string, 1 | -1][]; denominator: [string, 1 | -1][] }[] = [
  { match: /药占比/, scale: 100, numerator: [['revenue_drug', 1]], denominator: [['revenue_medical', 1]] },
  {
    match: /百元医疗收入.*卫生材料/, scale: 100,
    numerator: [['revenue_material', 1]], denominator: [['revenue_medical', 1], ['revenue_drug', -1]],
  },
  {
    match: /医疗费用增长/, scale: 100,
    numerator: [['revenue_medical', 1], ['revenue_medical_prior', -1]], denominator: [['revenue_medical_prior', 1]],
  },
];

export function applyRegimeDefaults(db: Db, now: string = new Date().toISOString()): number {
  const regimes = db
    .prepare('SELECT id, plan_id FROM reporting_regimes WHERE setup_version < ?')
    .all(regimeSetupVersion) as { id: number; plan_id: string }[];
  if (regimes.length === 0) return 0;
  db.transaction(() => {
    for (const r of regimes) {
      setUpRegime(db, r.id, r.plan_id);
      // Recorded as part of the plan's load: the defaults are the plan's, not a clerk's edit.
      writeAudit(db, { actor: '系统', action: 'load', entity: 'plan', entityId: r.plan_id, after: { reportingDefaults: regimeSetupVersion } }, now);
    }
  })();
  return regimes.length;
}

function setUpRegime(db: Db, regimeId: number, planId: string): void {
  db.prepare(
    `UPDATE reporting_phases SET due_time = COALESCE(due_time, CASE frequency WHEN 'weekly' THEN ? ELSE ? END),
       due_weekday = COALESCE(due_weekday, CASE frequency WHEN 'weekly' THEN ? END) WHERE regime_id = ?`,
  ).run(defaultDue.weeklyTime, defaultDue.dailyTime, defaultDue.weeklyWeekday, regimeId);

  const elementId = (code: string) => db.prepare('SELECT id FROM data_elements WHERE code = ?').pluck().get(code) as number;
  const addForm = (name: string) => Number(db.prepare('INSERT INTO report_forms (regime_id, name) VALUES (?, ?)').run(regimeId, name).lastInsertRowid);
  const addField = db.prepare(
    'INSERT INTO form_fields (form_id, kind, data_element_id, label, position, required, help) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const hospitalFormId = addForm(hospitalForm.name);
  let position = 0;
  for (const code of hospitalForm.figures) {
    const e = db.prepare('SELECT id, name, note FROM data_elements WHERE code = ?').get(code) as { id: number; name: string; note: string | null };
    addField.run(hospitalFormId, 'figure', e.id, e.name, position++, hospitalForm.required.has(code) ? 1 : 0, e.note);
  }
  for (const label of ['投诉处理情况', ...narratives]) addField.run(hospitalFormId, 'narrative', null, label, position++, 0, null);
  const groupFormId = addForm(groupForm.name);
  narratives.forEach((label, i) => addField.run(groupFormId, 'narrative', null, label, i, 0, null));

  // Hospitals fill in the figures; departments and working groups report their progress.
  db.prepare(
    `UPDATE reporting_units SET form_id = CASE
       WHEN unit_id IN (SELECT id FROM units WHERE kind = 'hospital') THEN ? ELSE ? END
     WHERE regime_id = ? AND form_id IS NULL`,
  ).run(hospitalFormId, groupFormId, regimeId);
  // banan's hospitals report to the health commission as well as the office.
  const healthCommission = db
    .prepare(
      `SELECT u.id FROM plan_units pu JOIN units u ON u.id = pu.unit_id
       WHERE pu.plan_id = ? AND (u.name LIKE '%卫生计生委' OR u.name LIKE '%卫生健康委') ORDER BY u.name LIKE '区%' DESC, u.id LIMIT 1`,
    )
    .pluck()
    .get(planId) as number | undefined;
  if (healthCommission !== undefined) {
    db.prepare(
      `INSERT OR IGNORE INTO reporter_recipients (reporting_unit_id, unit_id)
       SELECT ru.id, ? FROM reporting_units ru JOIN units u ON u.id = ru.unit_id WHERE ru.regime_id = ? AND u.kind = 'hospital'`,
    ).run(healthCommission, regimeId);
  }

  const indicators = db.prepare('SELECT id, name FROM indicators WHERE plan_id = ? AND scale IS NULL').all(planId) as { id: number; name: string }[];
  // OR IGNORE: a database from before formulas may already hold some of these inputs.
  const addInput = db.prepare('INSERT OR IGNORE INTO indicator_inputs (indicator_id, data_element_id, role, sign) VALUES (?, ?, ?, ?)');
  for (const ind of indicators) {
    const f = formulas.find((x) => x.match.test(ind.name));
    if (!f) continue;
    db.prepare('UPDATE indicators SET scale = ? WHERE id = ?').run(f.scale, ind.id);
    for (const [code, sign] of f.numerator) addInput.run(ind.id, elementId(code), 'numerator', sign);
    for (const [code, sign] of f.denominator) addInput.run(ind.id, elementId(code), 'denominator', sign);
  }
  db.prepare('UPDATE reporting_regimes SET setup_version = ? WHERE id = ?').run(regimeSetupVersion, regimeId);
}
