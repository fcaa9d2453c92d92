import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readSeedPlan, readSourceText } from '../../electron/core/seeds/read-seed.js';
import type { SeedTask } from '../../electron/core/seeds/seed-schema.js';

const seedsDir = fileURLToPath(new URL('../../seeds', import.meta.url));
const plan = readSeedPlan(seedsDir, 'lizhou-2017');
// The source as the curation rules allow it to be normalised: line breaks joined, half-width brackets made full-width.
const source = readSourceText(seedsDir, plan)
  .split('\n')
  .map((l) => l.trim())
  .join('')
  .replace(/\(/g, '（')
  .replace(/\)/g, '）');

const walk = (tasks: SeedTask[]): SeedTask[] => tasks.flatMap((t) => [t, ...walk(t.children ?? [])]);
const parts = plan.tasks;
const task = (part: string, code: string): SeedTask => {
  const t = parts.find((p) => p.code === part)?.children?.find((c) => c.code === code);
  if (!t) throw new Error(`no task ${part}${code}`);
  return t;
};
const roles = (part: string, code: string) => (task(part, code).units ?? []).map((u) => `${u.name}:${u.role}`);
const indicator = (code: string) => {
  const i = plan.indicators?.find((x) => x.code === code);
  if (!i) throw new Error(`no indicator ${code}`);
  return i;
};
const phase = (name: string) => {
  const p = plan.phases?.find((x) => x.name === name);
  if (!p) throw new Error(`no phase ${name}`);
  return p;
};

describe('lizhou-2017 seed (广利府发〔2017〕8 号)', () => {
  it('has the plan header as written', () => {
    expect(plan.id).toBe('lizhou-2017');
    expect(plan.title).toBe('广元市利州区深化医药卫生体制综合改革试点实施方案');
    expect(plan.docNumber).toBe('广利府发〔2017〕8 号');
    expect(plan.issuer).toBe('广元市利州区人民政府');
    expect(plan.issuedOn).toBe('2017-06-05');
    expect(plan.scope).toBe('利州区');
    expect(plan.sourceFile).toBe('sources/lizhou-2017.txt');
  });

  it('has 8 parts and 32 numbered tasks', () => {
    expect(parts.map((p) => `${p.code}${p.title}`)).toEqual([
      '（一）健全全民预防保健制度',
      '（二）深化公立医院综合改革',
      '（三）大力促进社会办医发展',
      '（四）健全全民医疗保障制度',
      '（五）加快构建分级诊疗有效运行机制',
      '（六）深化管理体制机制改革',
      '（七）充分发挥中医药特色优势',
      '（八）打赢健康扶贫攻坚战',
    ]);
    expect(parts.map((p) => p.children?.length)).toEqual([3, 4, 4, 4, 4, 4, 4, 5]);
    const numbered = parts.flatMap((p) => p.children ?? []);
    expect(numbered).toHaveLength(32);
    expect(parts[7]?.children?.map((t) => t.code)).toEqual(['1.', '2.', '3.', '4.', '5.']);
    expect(walk(plan.tasks)).toHaveLength(40);
  });

  it('splits titles and bodies at the first 。', () => {
    expect(task('（一）', '1.').title).toBe('推动健康城市建设');
    expect(task('（二）', '4.').title).toBe('完善信息化惠民机制');
    expect(task('（五）', '2.').title).toBe('健全基层首诊、双向转诊机制');
    expect(task('（八）', '5.').title).toBe('强化贫困地区计划生育服务能力建设');
    expect(task('（三）', '3.').body).toBe(
      '完善医师多点执业注册、备案、考核、评价、监管等政策，理顺医师、第一执业医疗机构和多点执业医疗机构三方的权、责、利关系。保障医师法定工作时间外开展多点执业，探索建立多点执业收入与第一执业医疗机构、多点执业医疗机构合理分成制度。鼓励公立医院医师到基层医疗卫生机构执业或开设工作室。医师在县级及以下医疗机构开展多点执业，视为对口支援经历。',
    );
    expect(task('（四）', '2.').body).toContain('积极探索和推进疾病诊断分组（DRGs）付费方式改革。');
  });

  it('reads 牵头单位 as lead and 责任单位 as responsible', () => {
    expect(task('（一）', '1.').unitsText).toBe('（牵头单位：区卫生和计划生育局，责任单位：区教育局、区民政局、区爱卫办）');
    expect(roles('（一）', '1.')).toEqual([
      '区卫生和计划生育局:lead',
      '区教育局:responsible',
      '区民政局:responsible',
      '区爱卫办:responsible',
    ]);
    expect(roles('（五）', '3.')).toEqual([
      '区人力资源和社会保障局:lead',
      '区卫生和计划生育局:responsible',
      '区发展和改革局:responsible',
    ]);
    // 责任单位 without its colon, as written
    expect(task('（五）', '4.').unitsText).toBe('（牵头单位：区卫生和计划生育局，责任单位区人力资源和社会保障局）');
    expect(roles('（五）', '4.')).toEqual(['区卫生和计划生育局:lead', '区人力资源和社会保障局:responsible']);
    expect(roles('（三）', '3.')).toEqual(['区卫生和计划生育局:lead']);
  });

  it('reads 分别负责 as each unit leading', () => {
    expect(task('（二）', '1.').unitsText).toBe(
      '（区财政局、区发展和改革局、区卫生和计划生育局、区人力资源和社会保障局分别负责）',
    );
    expect(roles('（二）', '1.')).toEqual([
      '区财政局:lead',
      '区发展和改革局:lead',
      '区卫生和计划生育局:lead',
      '区人力资源和社会保障局:lead',
    ]);
    expect(roles('（七）', '4.')).toHaveLength(11);
    expect(roles('（七）', '4.')[10]).toBe('利州质量技术监督局:lead');
    // “区卫生和计划生育” (no 局) is written so, and is an alias
    expect(roles('（二）', '3.')[0]).toBe('区卫生和计划生育:lead');
  });

  it('reads units after “……负责，” as cooperating, with a caution', () => {
    expect(task('（八）', '1.').unitsText).toBe(
      '（牵头单位：区卫生和计划生育局，责任单位：区民政局、区人力资源和社会保障局、区财政局、区扶贫开发和移民工作局负责，区红十字会、区残联）',
    );
    expect(roles('（八）', '1.')).toEqual([
      '区卫生和计划生育局:lead',
      '区民政局:responsible',
      '区人力资源和社会保障局:responsible',
      '区财政局:responsible',
      '区扶贫开发和移民工作局:responsible',
      '区红十字会:cooperating',
      '区残联:cooperating',
    ]);
    expect(task('（八）', '1.').caution).toContain('区红十字会、区残联');
    expect(roles('（四）', '3.').at(-1)).toBe('区残联:cooperating');
    expect(roles('（五）', '1.').at(-1)).toBe('区残联:cooperating');
    expect(roles('（八）', '3.').at(-1)).toBe('区残联:cooperating');
    // inside the 责任单位 list it stays responsible
    expect(roles('（八）', '2.').at(-1)).toBe('区残联:responsible');
    expect(walk(plan.tasks).filter((t) => t.caution).map((t) => t.title)).toEqual([
      '完善大病保障制度',
      '加快提升分级诊疗服务能力',
      '建立贫困人群医疗救助机制',
      '提升贫困地区医疗服务能力',
    ]);
  });

  it('never ends a title with 。', () => {
    for (const t of walk(plan.tasks)) expect(t.title.endsWith('。'), t.title).toBe(false);
  });

  it('has the yearly numeric targets as indicators', () => {
    const inds = plan.indicators ?? [];
    expect(inds).toHaveLength(13);
    expect(inds.map((i) => i.code)).toEqual(Array.from({ length: 13 }, (_, i) => `${i + 1}`));
    expect(indicator('1').name).toBe('个人卫生支出占卫生总费用的比例');
    expect(indicator('1').targets).toEqual([{ year: 2017, text: '控制在 30%左右', value: 30, comparator: '=' }]);
    expect(indicator('1').direction).toBe('lower');
    expect(indicator('3').name).toBe('老年人以及高血压、糖尿病患者等重点人群家庭医生签约服务率');
    expect(indicator('3').targets).toEqual([{ year: 2018, text: '达 75%以上', value: 75, comparator: '>=' }]);
    expect(indicator('3').unitLabel).toBe('%');
    expect(indicator('6').name).toBe('社会办医床位数和住院服务量占总量');
    expect(indicator('6').targets.map((t) => [t.year, t.value])).toEqual([
      [2017, 25],
      [2018, 30],
    ]);
    expect(indicator('9').targets).toEqual([{ year: 2018, text: '高于 50%', value: 50, comparator: '>' }]);
    expect(indicator('12').name).toBe('孕产妇死亡率');
    expect(indicator('12').unitLabel).toBe('‰');
    expect(indicator('12').targets).toEqual([{ year: 2019, text: '下降至 3‰以下', value: 3, comparator: '<=' }]);
    expect(indicator('12').direction).toBe('lower');
    expect(indicator('13').targets[0]?.value).toBe(12);
    for (const i of inds) {
      expect(source, i.note).toContain(i.note ?? '');
      for (const t of i.targets) {
        expect(i.note, t.text).toContain(t.text);
        expect(typeof t.value).toBe('number');
      }
    }
  });

  it('has the three implementation phases', () => {
    expect((plan.phases ?? []).map((p) => [p.name, p.startOn, p.endOn])).toEqual([
      ['启动实施', '2017-01-01', '2017-06-30'],
      ['全面推进', '2017-07-01', '2019-12-31'],
      ['巩固完善', '2020-01-01', '2020-12-31'],
    ]);
    expect(phase('启动实施').text).toBe(
      '制定综合医改试点实施方案，经区政府研究后印发执行，制定改革子方案和配套文件，持续深入推进综合医改试点工作。',
    );
    expect(phase('启动实施').milestones).toEqual(['制定综合医改试点实施方案，经区政府研究后印发执行', '制定改革子方案和配套文件']);
    expect(phase('全面推进').text.startsWith('1.健全全民预防保健制度。区疾控中心达到二级甲等标准，')).toBe(true);
    expect(phase('全面推进').milestones).toContain('2017 年底前，市精神卫生中心达到三级数字化医院标准，区中医医院达到二级数字化医院标准');
    expect(phase('全面推进').milestones).toContain('取消对社会办中医的限制');
    expect(phase('全面推进').milestones).toHaveLength(24);
    expect(phase('巩固完善').text).toBe('2020 年，开展综合医改试点工作“回头看”，进一步完善政策措施，基本实现各项改革目标和要求。');
    for (const p of plan.phases ?? []) {
      expect(source).toContain(p.text);
      for (const m of p.milestones ?? []) expect(p.text, m).toContain(m);
    }
  });

  it('lists units once, with kinds, and every referenced name resolves', () => {
    const names = plan.units.flatMap((u) => [u.name, ...(u.aliases ?? [])]);
    expect(new Set(names).size).toBe(names.length);
    const unit = (n: string) => plan.units.find((u) => u.name === n);
    expect(unit('区卫生和计划生育局')?.aliases).toEqual(['区卫生和计划生育']);
    expect(unit('区卫生和计划生育局')?.kind).toBe('department');
    expect(unit('区政府')?.kind).toBe('government');
    expect(unit('区政府')?.aliases).toEqual(['广元市利州区人民政府']);
    expect(unit('区医改办')?.kind).toBe('office');
    expect(unit('区中医医院')?.kind).toBe('hospital');
    expect(unit('区第二人民医院')?.kind).toBe('hospital');
    const referenced = new Set(walk(plan.tasks).flatMap((t) => (t.units ?? []).map((u) => u.name)));
    expect(referenced.size).toBe(29);
    for (const n of referenced) expect(names, n).toContain(n);
    for (const n of names) expect(source, n).toContain(n);
  });

  it('keeps every title, body and unit clause as the text writes it', () => {
    for (const t of walk(plan.tasks)) {
      for (const s of [t.title, t.body, t.unitsText]) {
        if (s === undefined) continue;
        expect(s).not.toMatch(/[\n()]/);
        expect(source, `${t.code} ${s}`).toContain(s);
      }
      if (t.body) expect(source).toContain(`${t.title}。${t.body}${t.unitsText ?? ''}`);
    }
  });
});
