import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readSeedPlan, readSourceText } from '../../electron/core/seeds/read-seed';
import type { SeedTask } from '../../electron/core/seeds/seed-schema';

const seedsDir = fileURLToPath(new URL('../../seeds', import.meta.url));
const plan = readSeedPlan(seedsDir, 'yubei-2022');
const source = readSourceText(seedsDir, plan);

const top = (code: string): SeedTask => {
  const t = plan.tasks.find((x) => x.code === code);
  if (!t) throw new Error(`no top-level task ${code}`);
  return t;
};
const parts = top('二、').children ?? [];
const keyTasks = parts.flatMap((p) => p.children ?? []);
const keyTask = (code: string): SeedTask => {
  const t = keyTasks.find((x) => x.code === code);
  if (!t) throw new Error(`no key task ${code}`);
  return t;
};
const row = (keyCode: string, n: number): SeedTask => {
  const r = keyTask(keyCode).children?.[n - 1];
  if (!r) throw new Error(`no row ${n} under ${keyCode}`);
  return r;
};
const measures = top('三、').children ?? [];
const indicator = (name: string) => {
  const i = plan.indicators?.find((x) => x.name === name);
  if (!i) throw new Error(`no indicator ${name}`);
  return i;
};
const walk = (tasks: SeedTask[]): SeedTask[] => tasks.flatMap((t) => [t, ...walk(t.children ?? [])]);

describe('yubei-2022 seed (渝北府办发〔2022〕40号)', () => {
  it('has the plan header as written', () => {
    expect(plan.id).toBe('yubei-2022');
    expect(plan.title).toBe('重庆市渝北区推动公立医院高质量发展实施方案');
    expect(plan.docNumber).toBe('渝北府办发〔2022〕40号');
    expect(plan.issuer).toBe('重庆市渝北区人民政府办公室');
    expect(plan.issuedOn).toBe('2022-12-06');
    expect(plan.scope).toBe('渝北区');
    expect(plan.sourceFile).toBe('sources/yubei-2022.txt');
  });

  it('has 6 parts under 二、重点任务 and 25 key tasks', () => {
    expect(plan.tasks.map((t) => `${t.code}${t.title}`)).toEqual(['二、重点任务', '三、保障措施']);
    expect(parts.map((p) => p.code)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）']);
    expect(parts[0]?.title).toBe('构建公立医院高质量发展新体系');
    expect(parts[5]?.title).toBe('坚持和加强党对公立医院的全面领导');
    expect(parts.map((p) => p.children?.length)).toEqual([5, 4, 4, 5, 3, 4]);
    expect(keyTasks).toHaveLength(25);
    expect(keyTasks.map((t) => t.code)).toEqual(Array.from({ length: 25 }, (_, i) => `${i + 1}.`));
    expect(keyTask('1.').title).toBe('打造高水平公立医院');
    expect(keyTask('3.').title).toBe('发挥公立医院在医联体中的作用');
    expect(keyTask('21.').title).toBe('关心关爱医务人员');
    expect(keyTask('25.').title).toBe('落实公立医院党建工作责任');
    expect(keyTask('14.').body?.endsWith('增加护士配备，逐步使公立医院医护比总体达到1∶2左右。')).toBe(true);
    expect(measures.map((m) => `${m.code}${m.title}`)).toEqual([
      '（一）落实工作责任',
      '（二）落实财政投入',
      '（三）建立评价体系',
      '（四）总结推广经验',
    ]);
  });

  it('has the 88 division rows of annex 1 under their key tasks, plus 6 保障措施 rows', () => {
    expect(keyTasks.map((t) => t.children?.length ?? 0)).toEqual([
      2, 1, 3, 4, 5, 4, 4, 6, 4, 3, 2, 4, 3, 4, 2, 5, 2, 6, 4, 2, 5, 2, 4, 4, 3,
    ]);
    expect(keyTasks.reduce((n, t) => n + (t.children?.length ?? 0), 0)).toBe(88);
    expect(measures.map((m) => m.children?.length)).toEqual([3, 1, 1, 1]);
    for (const t of keyTasks) expect(t.children?.map((r) => r.code)).toEqual(t.children?.map((_, i) => String(i + 1)));
    // every row's 任务分工 text is copied verbatim from the source, less a final 。
    for (const t of [...keyTasks, ...measures]) for (const r of t.children ?? []) expect(source).toContain(r.title);
    expect(row('1.', 2).title).toBe(
      '实施重点人群医疗健康服务补短板工程，加强妇女儿童健康、老龄健康、职业健康、康复医疗和精神卫生服务能力建设，提升全生命周期医疗健康服务能力',
    );
    expect(row('24.', 1).title).toBe('推进党支部标准化规范化建设');
    expect(row('15.', 1).title.endsWith('考核兑现考核')).toBe(true);
    expect(measures[2]?.children?.[0]?.title.endsWith('。进，定期组织效果评价')).toBe(true);
  });

  it('never ends a title with 。', () => {
    const titles = walk(plan.tasks).map((t) => t.title);
    expect(titles).toHaveLength(2 + 6 + 25 + 88 + 4 + 6);
    for (const title of titles) expect(title.endsWith('。'), title).toBe(false);
  });

  it('keeps lead / cooperating units and deadlines as written', () => {
    const r73 = row('7.', 3);
    expect(r73.title).toBe('通过与知名医院合作，提升公立医院科研能力，支持开展疑难重症等诊疗技术攻关，力争成功申报市级科研课题3项以上');
    expect(r73.unitsText).toBe('牵头单位：区科技局；配合单位：区卫生健康委');
    expect(r73.units).toEqual([
      { name: '区科技局', role: 'lead' },
      { name: '区卫生健康委', role: 'cooperating' },
    ]);
    expect(r73.deadline).toEqual({ kind: 'year', text: '2025年', dueOn: '2025-12-31' });

    const r94 = row('9.', 4);
    expect(r94.unitsText).toBe('牵头单位：区市场监管局；配合单位：区医保局、区卫健委');
    expect(r94.units?.filter((u) => u.role === 'cooperating').map((u) => u.name)).toEqual(['区医保局', '区卫健委']);

    const r161 = row('16.', 1);
    expect(r161.units?.find((u) => u.role === 'lead')?.name).toBe('区委组织部');
    expect(r161.units?.filter((u) => u.role === 'cooperating').map((u) => u.name)).toEqual([
      '区卫生健康委',
      '区委编办',
      '区人社局',
      '区财政局',
    ]);

    expect(row('11.', 1).deadline).toEqual({ kind: 'ongoing', text: '持续推进' });
    expect(row('8.', 1).deadline).toEqual({ kind: 'year', text: '2025年2025年', dueOn: '2025-12-31' });
    expect(row('18.', 6).deadline).toEqual({ kind: 'none', text: '' });
    expect(row('4.', 1).units?.[1]).toEqual({ name: '区发展改革委', role: 'cooperating' });
    expect(row('23.', 3).units).toBeUndefined();
    expect(row('23.', 3).caution).toBeTruthy();
    expect(row('21.', 2).title).toBe('鼓励公立医院通过设立青年学习基金等多种方式，关心年轻医务人员成长');
    // the table writes the row twice, the first time without its 。; a title drops a final 。 either way
    expect(row('21.', 3).title).toBe('鼓励公立医院通过设立青年学习基金等多种方式，关心年轻医务人员成长');
    expect(row('21.', 2).caution).toContain('原表本行末尾无句号');

    const m2 = measures[1]?.children?.[0];
    expect(m2?.unitsText).toBe('责任单位：区财政局；配合单位：区卫生健康委');
    expect(m2?.units?.[0]).toEqual({ name: '区财政局', role: 'lead' });
  });

  it('has the 28 indicators of annex 2 with the 序号 as written (19 twice, no 18)', () => {
    const inds = plan.indicators ?? [];
    expect(inds).toHaveLength(28);
    const codes = inds.map((i) => i.code);
    expect(codes.filter((c) => c === '19')).toHaveLength(2);
    expect(codes).not.toContain('18');
    expect(codes).toEqual([...Array.from({ length: 17 }, (_, i) => String(i + 1)), '19', '19',
      ...Array.from({ length: 9 }, (_, i) => String(i + 20))]);
    expect(inds.filter((i) => i.code === '19').map((i) => i.name)).toEqual(['人员支出占业务支出的比例', '管理费用占业务支出的比例']);
    expect(new Set(inds.map((i) => i.category))).toEqual(new Set(['体系建设', '医疗质量', '运营效率', '便民惠民']));
  });

  it('keeps baselines and targets as written', () => {
    const centre = indicator('市级区域医疗中心');
    expect(centre.unitLabel).toBe('个');
    expect(centre.baseline).toEqual({ year: 2021, text: '—', value: null });
    expect(centre.targets).toEqual([
      { year: 2023, text: '0', value: 0, comparator: null },
      { year: 2025, text: '1', value: 1, comparator: null },
    ]);
    expect(indicator('三级公立医院卫生技术人员人均科研经费').baseline).toEqual({ year: 2021, text: '*', value: null });
    const ratio = indicator('医护比');
    expect(ratio.baseline).toEqual({ year: 2021, text: '1∶1.6', value: null });
    expect(ratio.targets.map((t) => t.text)).toEqual(['1∶1.8', '1∶2']);
    const drg = indicator('按疾病诊断相关分组付费的医保基金占全部符合条件的住院医保基金支出的比例');
    expect(drg.targets.map((t) => [t.text, t.value])).toEqual([['—', null], ['70', 70]]);
    expect(drg.responsibleUnits).toEqual(['区医保局']);
    expect(indicator('住院患者满意度').baseline?.value).toBe(92.235);
    expect(indicator('三级公立医院电子病历应用水平分级').baseline?.text).toBe('3.35');
    expect(indicator('三级公立医院抗菌药物使用强度').unitLabel).toBe('DDDs');
    expect(indicator('开展薪酬制度改革的公立医院占比').responsibleUnitsText).toBe('区人力社保局');
    expect(indicator('平均住院日').targets.map((t) => t.value)).toEqual([9.5, 8]);
  });

  it('gives each indicator a direction', () => {
    expect(indicator('三级公立医院手术患者并发症发生率').direction).toBe('lower');
    expect(indicator('三级公立医院抗菌药物使用强度').direction).toBe('lower');
    expect(indicator('管理费用占业务支出的比例').direction).toBe('lower');
    expect(indicator('门诊次均费用年均增幅').direction).toBe('lower');
    expect(indicator('医疗服务收入占医疗收入的比例').direction).toBe('higher');
    expect(indicator('三级公立医院门诊患者平均预约诊疗率').direction).toBe('higher');
    expect(indicator('职工满意度').direction).toBe('higher');
    expect(indicator('人员支出占业务支出的比例').note).toBeTruthy();
  });

  it('resolves every referenced unit name to a unit or alias, and every unit name occurs in the text', () => {
    const names = new Set(plan.units.flatMap((u) => [u.name, ...(u.aliases ?? [])]));
    expect(names.size).toBe(plan.units.reduce((n, u) => n + 1 + (u.aliases?.length ?? 0), 0));
    for (const n of names) expect(source).toContain(n);
    const refs = [
      ...walk(plan.tasks).flatMap((t) => (t.units ?? []).map((u) => u.name)),
      ...(plan.indicators ?? []).flatMap((i) => i.responsibleUnits ?? []),
    ];
    expect(refs.length).toBeGreaterThan(150);
    for (const r of refs) expect(names, r).toContain(r);
    const kind = (n: string) => plan.units.find((u) => u.name === n)?.kind;
    expect(kind('区医改办')).toBe('office');
    expect(kind('区卫生健康委')).toBe('department');
    expect(kind('区人民医院')).toBe('hospital');
    expect(plan.units.find((u) => u.name === '区卫生健康委')?.aliases).toContain('区卫健委');
  });
});
