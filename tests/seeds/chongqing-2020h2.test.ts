import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readSeedPlan, readSourceText } from '../../electron/core/seeds/read-seed.js';
import type { SeedTask } from '../../electron/core/seeds/seed-schema.js';

const seedsDir = fileURLToPath(new URL('../../seeds', import.meta.url));
const plan = readSeedPlan(seedsDir, 'chongqing-2020h2');
// The source as the curation rules allow it to be normalised: line breaks joined, half-width brackets made full-width.
const source = readSourceText(seedsDir, plan)
  .split('\n')
  .map((l) => l.trim())
  .join('')
  .replace(/\(/g, '（')
  .replace(/\)/g, '）');

const walk = (tasks: SeedTask[]): SeedTask[] => tasks.flatMap((t) => [t, ...walk(t.children ?? [])]);
const parts = plan.tasks;
const tasks = parts.flatMap((p) => p.children ?? []);
const task = (code: string): SeedTask => {
  const t = tasks.find((x) => x.code === code);
  if (!t) throw new Error(`no task ${code}`);
  return t;
};
const roles = (code: string) => (task(code).units ?? []).map((u) => `${u.name}:${u.role}`);

describe('chongqing-2020h2 seed (渝府办发〔2020〕110号)', () => {
  it('has the plan header as written', () => {
    expect(plan.id).toBe('chongqing-2020h2');
    expect(plan.title).toBe('贯彻落实国务院办公厅深化医药卫生体制改革2020年下半年重点工作任务分工');
    expect(plan.docNumber).toBe('渝府办发〔2020〕110号');
    expect(plan.issuer).toBe('重庆市人民政府办公厅');
    expect(plan.issuedOn).toBe('2020-09-07');
    expect(plan.scope).toBe('重庆市');
    expect(plan.sourceFile).toBe('sources/chongqing-2020h2.txt');
  });

  it('has 6 parts and 26 tasks （一）…（二十六）', () => {
    expect(parts.map((p) => `${p.code}${p.title}`)).toEqual([
      '一、加强公共卫生体系建设',
      '二、深入实施健康中国行动',
      '三、深化公立医院综合改革',
      '四、深化医疗保障制度改革',
      '五、健全药品供应保障体系',
      '六、统筹推进相关重点改革',
    ]);
    expect(parts.map((p) => p.children?.length)).toEqual([5, 4, 4, 4, 4, 5]);
    expect(tasks).toHaveLength(26);
    expect(tasks.map((t) => t.code)).toEqual([
      '（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）', '（九）', '（十）',
      '（十一）', '（十二）', '（十三）', '（十四）', '（十五）', '（十六）', '（十七）', '（十八）', '（十九）', '（二十）',
      '（二十一）', '（二十二）', '（二十三）', '（二十四）', '（二十五）', '（二十六）',
    ]);
    expect(walk(plan.tasks)).toHaveLength(32);
  });

  it('splits titles and bodies at the first 。', () => {
    expect(task('（一）').title).toBe('改革完善疾病预防控制体系');
    expect(task('（九）').title).toBe('加大传染病、地方病、职业病等防治力度');
    expect(task('（十一）').title).toBe('建立和完善医疗服务价格动态调整机制');
    expect(task('（二十六）').title).toBe('完善医疗卫生行业综合监管协调和督察机制');
    // one-sentence item: the whole item is the title
    expect(task('（二十二）').title).toBe(
      '继续推进区域医疗中心建设，推动优质医疗资源扩容下沉和均衡布局，建立与区域医疗中心相适应的管理体制和运行机制',
    );
    expect(task('（二十二）').body).toBeUndefined();
    expect(task('（十四）').body).toBe(
      '城乡居民医保人均财政补助标准增加30元，稳步提高个人缴费标准。完善重大疫情医疗救治费用保障机制。开展门诊费用跨省直接结算试点。',
    );
    expect(task('（四）').body).toContain('做好“五有三严”（有防护指南、有防控管理制度和责任人、');
    expect(task('（八）').body).toContain('落实宣传癌症预防与筛查指南（科普版）。');
  });

  it('reads 分别负责 as each unit leading, 参与 as cooperating', () => {
    expect(task('（一）').unitsText).toBe(
      '（市卫生健康委、重庆海关分别负责，市发展改革委、市财政局、市人力社保局等参与。分别负责为市级各部门按职责分别牵头，下同）',
    );
    expect(roles('（一）')).toEqual([
      '市卫生健康委:lead',
      '重庆海关:lead',
      '市发展改革委:cooperating',
      '市财政局:cooperating',
      '市人力社保局:cooperating',
    ]);
    expect(roles('（七）')).toEqual([
      '市教委:lead',
      '市卫生健康委:lead',
      '市发展改革委:cooperating',
      '市民政局:cooperating',
      '市体育局:cooperating',
    ]);
    expect(roles('（十二）')).toEqual([
      '市委编办:lead',
      '市人力社保局:lead',
      '市财政局:cooperating',
      '市卫生健康委:cooperating',
      '市医保局:cooperating',
    ]);
    expect(roles('（六）')).toEqual([
      '市生态环境局:lead',
      '市住房城乡建委:lead',
      '市城市管理局:lead',
      '市农业农村委:lead',
      '市商务委:lead',
      '市卫生健康委:lead',
      '市市场监管局:lead',
    ]);
    expect(roles('（十七）')).toEqual(['市医保局:lead', '重庆银保监局:lead']);
  });

  it('reads 负责 without 分别 as first listed leads, the rest responsible (排在第一位的为牵头部门)', () => {
    expect(task('（四）').unitsText).toBe('（市卫生健康委、市发展改革委、市财政局等负责。排在第一位的为牵头部门，下同）');
    expect(roles('（四）')).toEqual(['市卫生健康委:lead', '市发展改革委:responsible', '市财政局:responsible']);
    expect(roles('（十四）')).toEqual(['市医保局:lead', '市财政局:responsible']);
    expect(roles('（二十五）')).toEqual([
      '市卫生健康委:lead',
      '市发展改革委:responsible',
      '市教委:responsible',
      '市财政局:responsible',
      '市医保局:responsible',
      '市扶贫办:responsible',
    ]);
    expect(roles('（十）')).toEqual(['市卫生健康委:lead', '市人力社保局:cooperating']);
    expect(roles('（二十六）')).toEqual(['市卫生健康委:lead']);
  });

  it('does not invent a unit for “市级有关部门参与”, and tells the clerk', () => {
    expect(task('（二）').unitsText).toBe('（市卫生健康委、重庆海关、重庆警备区等分别负责，市级有关部门参与）');
    expect(roles('（二）')).toEqual(['市卫生健康委:lead', '重庆海关:lead', '重庆警备区:lead']);
    expect(task('（二）').caution).toContain('市级有关部门参与');
    expect(roles('（三）')).toHaveLength(7);
    expect(task('（三）').caution).toContain('市级有关部门参与');
    expect(plan.units.map((u) => u.name)).not.toContain('市级有关部门');
  });

  it('never ends a title with 。', () => {
    for (const t of walk(plan.tasks)) expect(t.title.endsWith('。'), t.title).toBe(false);
  });

  it('gives no deadlines: the text sets none per task', () => {
    expect(walk(plan.tasks).filter((t) => t.deadline)).toEqual([]);
  });

  it('lists units once, with kinds, and every referenced name resolves', () => {
    const names = plan.units.flatMap((u) => [u.name, ...(u.aliases ?? [])]);
    expect(new Set(names).size).toBe(names.length);
    const kind = (n: string) => plan.units.find((u) => u.name === n)?.kind;
    expect(kind('市卫生健康委')).toBe('department');
    expect(kind('重庆海关')).toBe('department');
    expect(kind('重庆警备区')).toBe('other');
    expect(kind('重庆市人民政府办公厅')).toBe('government');
    expect(kind('市医改办')).toBe('office');
    const referenced = new Set(walk(plan.tasks).flatMap((t) => (t.units ?? []).map((u) => u.name)));
    expect(referenced.size).toBe(23);
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
