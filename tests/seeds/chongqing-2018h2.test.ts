import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readSeedPlan, readSourceText } from '../../electron/core/seeds/read-seed';
import type { SeedTask } from '../../electron/core/seeds/seed-schema';

const seedsDir = fileURLToPath(new URL('../../seeds', import.meta.url));
const plan = readSeedPlan(seedsDir, 'chongqing-2018h2');
const source = readSourceText(seedsDir, plan);
const flatSource = source.replace(/\n/g, '');

const walk = (tasks: SeedTask[]): SeedTask[] => tasks.flatMap((t) => [t, ...walk(t.children ?? [])]);
const all = walk(plan.tasks);
const numbered = all.filter((t) => t.code.startsWith('（'));
const task = (code: string): SeedTask => {
  const t = all.find((x) => x.code === code);
  if (!t) throw new Error(`no task ${code}`);
  return t;
};

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
// 1..39 → 一 … 三十九, as the document writes its codes
const cnNumber = (n: number): string => {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const digit = (d: number): string => CN[d] ?? '';
  if (tens === 0) return digit(ones);
  return `${tens === 1 ? '' : digit(tens)}十${digit(ones)}`;
};
const codeValue = (code: string): number => {
  for (let n = 1; n <= 39; n++) if (code === `（${cnNumber(n)}）` || code === `${cnNumber(n)}、`) return n;
  throw new Error(`unknown code ${code}`);
};

const PRE = '本条来自顺序错乱的网页转录稿，请与原件核对。';

describe('chongqing-2018h2 seed (渝府办发〔2018〕140号)', () => {
  it('has the plan header as written', () => {
    expect(plan.id).toBe('chongqing-2018h2');
    expect(plan.title).toBe('重庆市深化医药卫生体制改革2018年下半年重点工作任务');
    expect(plan.docNumber).toBe('渝府办发〔2018〕140号');
    expect(plan.issuer).toBe('重庆市人民政府办公厅');
    expect(plan.issuedOn).toBe('2018-09-28');
    expect(plan.publishedOn).toBe('2018-09-30');
    expect(plan.scope).toBe('重庆市');
    expect(plan.sourceFile).toBe('sources/chongqing-2018h2.txt');
    expect(source).toContain('渝府办发〔2018〕140号');
    expect(source).toContain('重庆市人民政府办公厅2018年9月28日');
    expect(source).toContain('发布日期:2018-09-30');
  });

  it('carries the scrambled-copy caution on the plan', () => {
    expect(plan.caution).toBe(
      '本方案据顺序错乱、段落重复、部分标题缺失的网页转录稿整理，各项任务的正文和责任单位须与原件（渝府办发〔2018〕140号）逐条核对；' +
        '转录稿中未见（十八）（二十）（二十五）（二十八）（三十）（三十三）及“七、”部分标题，无法补出，未录入；' +
        '另有几段正文及责任单位无法确定归属，未录入，详见各条提示。',
    );
  });

  it('recovers 30 numbered tasks and 7 part headings, each once', () => {
    expect(numbered).toHaveLength(30);
    expect(all).toHaveLength(37);
    const codes = all.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(plan.tasks.filter((t) => t.code.endsWith('、')).map((t) => `${t.code}${t.title}`)).toEqual([
      '一、全面推进公立医院综合改革',
      '二、加快分级诊疗制度建设',
      '三、巩固完善全民医保体系',
      '四、健全药品供应保障机制',
      '五、推进医疗卫生行业综合监管',
      '六、建立优质高效的医疗卫生服务体系',
      '八、完善保障措施',
    ]);
  });

  it('lists the numbered codes in order, leaving out the six the copy never shows', () => {
    const values = numbered.map((t) => codeValue(t.code));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    const missing = [18, 20, 25, 28, 30, 33];
    expect(values).toEqual(Array.from({ length: 36 }, (_, i) => i + 1).filter((n) => !missing.includes(n)));
    for (const n of missing) expect(flatSource).not.toContain(`（${cnNumber(n)}）`);
    // top-level order: parts and the loose 三十一…三十五 follow code order
    const topValues = plan.tasks.map((t) => codeValue(t.code));
    expect(topValues).toEqual([1, 2, 3, 4, 5, 6, 31, 32, 34, 35, 8]);
  });

  it('nests the tasks under the parts the text gives', () => {
    const kids = (code: string) => (task(code).children ?? []).map((t) => t.code);
    expect(kids('一、')).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）']);
    expect(kids('二、')).toEqual(['（八）', '（九）', '（十）']);
    expect(kids('三、')).toEqual(['（十一）', '（十二）', '（十三）', '（十四）', '（十五）']);
    expect(kids('四、')).toEqual(['（十六）', '（十七）', '（十九）']);
    expect(kids('五、')).toEqual(['（二十一）', '（二十二）', '（二十三）', '（二十四）', '（二十六）']);
    expect(kids('六、')).toEqual(['（二十七）', '（二十九）']);
    expect(kids('八、')).toEqual(['（三十六）']);
  });

  it('takes every title from a heading in the text', () => {
    for (const t of numbered) expect(flatSource).toContain(`${t.code}${t.title}。`);
  });

  it('reads sample tasks exactly as written', () => {
    const sample: [string, string, [string, string][]][] = [
      ['（二）', '巩固完善公立医院补偿新机制', [['市财政局', 'lead'], ['市卫生计生委', 'responsible'], ['市人力社保局', 'responsible'], ['市物价局', 'responsible']]],
      ['（五）', '推进公立医院编制管理创新和人事制度改革', [['市编办', 'lead'], ['市人力社保局', 'responsible'], ['市卫生计生委', 'responsible']]],
      ['（七）', '加快落实政府对公立医院的投入责任', [['市财政局', 'lead'], ['市卫生计生委', 'responsible'], ['市发展改革委', 'responsible']]],
      ['（九）', '进一步做实家庭医生签约服务', [['市卫生计生委', 'lead'], ['市财政局', 'responsible'], ['市物价局', 'responsible'], ['市残联', 'responsible']]],
      ['（十四）', '落实单病种付费改革', [['市卫生计生委', 'lead'], ['市物价局', 'responsible'], ['市人力社保局', 'responsible'], ['市财政局', 'responsible']]],
      ['（十六）', '落实公立医院药品分类采购', [
        ['市卫生计生委', 'lead'], ['市人力社保局', 'responsible'], ['市食品药品监管局', 'responsible'], ['市财政局', 'responsible'],
        ['市经济信息委', 'responsible'], ['市商务委', 'responsible'], ['市物价局', 'responsible'], ['市工商局', 'responsible'],
        ['市税务局', 'responsible'], ['重庆药品交易所', 'responsible'],
      ]],
      ['（十九）', '改革完善仿制药供应保障及使用', [['市卫生计生委', 'lead']]],
      ['（二十一）', '深化“放管服”改革', [['市卫生计生委', 'lead']]],
      ['（二十三）', '建立健全医疗卫生机构管理制度', [['市卫生计生委', 'lead'], ['市财政局', 'responsible'], ['市人力社保局', 'responsible']]],
      ['（二十六）', '加强医德医风建设', [['市卫生计生委', 'lead']]],
      ['（三十一）', '促进社会办医加快发展', [
        ['市卫生计生委', 'lead'], ['市发展改革委', 'responsible'], ['市人力社保局', 'responsible'], ['市民政局', 'responsible'],
        ['市财政局', 'responsible'], ['重庆保监局', 'responsible'],
      ]],
      ['（三十五）', '继续推动医养结合试点工作', [['市卫生计生委', 'lead'], ['市民政局', 'responsible']]],
      ['（十二）', '健全大病保险政策和医疗救助制度', [
        ['市人力社保局', 'lead'], ['市民政局', 'responsible'], ['市卫生计生委', 'responsible'], ['重庆保监局', 'responsible'],
        ['市总工会', 'responsible'], ['市财政局', 'responsible'], ['市残联', 'responsible'], ['市扶贫办', 'responsible'],
      ]],
      ['（三十六）', '总结推广医改经验', [['市医改办', 'lead']]],
    ];
    for (const [code, title, units] of sample) {
      const t = task(code);
      expect(t.title).toBe(title);
      expect((t.units ?? []).map((u) => [u.name, u.role])).toEqual(units);
      expect(t.unitsText).toBe(`（责任单位：${units.map(([n]) => n).join('、')}）`);
      expect(source).toContain(t.unitsText);
    }
    expect(task('（二）').body).toBe(
      '启动公立医院综合改革财政补偿清算工作。继续开展公立医院综合改革效果评价考核工作，根据考核结果分配公立医院综合改革专项补助资金。',
    );
    expect(task('（十四）').body).toBe('总结分析前期100个单病种付费执行情况，加强对各医院执行情况指导和督查。');
    expect(task('（三十六）').body).toBe(
      '督促区县政府和市级有关部门落实责任，建立医改任务台账，加强医改工作监测和督导。将医改推进情况纳入对各区县、市级有关部门年度考核和公立医院绩效考核内容。',
    );
  });

  it('keeps every body sentence from the source text', () => {
    for (const t of all) {
      for (const sentence of (t.body ?? '').split('。').filter(Boolean)) expect(flatSource).toContain(`${sentence}。`);
    }
  });

  it('flags exactly the doubtful tasks with a caution', () => {
    const cautioned = all.filter((t) => t.caution).map((t) => t.code);
    expect(cautioned).toEqual([
      '（一）', '（三）', '（四）', '（六）', '（八）', '（十）', '（十一）', '（十二）', '（十三）', '（十五）', '（十七）',
      '（二十二）', '（二十四）', '（二十七）', '（二十九）', '（三十一）', '（三十二）', '（三十四）', '（三十五）', '（三十六）',
    ]);
    for (const t of all.filter((x) => x.caution)) {
      expect(t.caution?.startsWith(PRE)).toBe(true);
      expect((t.caution ?? '').length).toBeGreaterThan(PRE.length + 5);
    }
    expect(task('（六）').caution).toContain('“12条医改便民措施”一段补入');
    expect(task('（十五）').caution).toContain('长期护理保险一段');
    expect(task('（三十五）').caution).toContain('“七、”部分标题缺失');
  });

  it('leaves units off where the text offers conflicting clauses', () => {
    for (const code of ['（一）', '（四）', '（六）', '（八）', '（十）', '（十一）', '（十三）', '（十七）', '（二十四）', '（二十七）', '（二十九）', '（三十四）']) {
      expect(task(code).units, code).toBeUndefined();
      expect(task(code).unitsText, code).toBeUndefined();
    }
    expect(task('（十七）').body).toBeUndefined();
    expect(task('（二十四）').body).toBeUndefined();
    expect(task('（三十四）').body).toBeUndefined();
  });

  it('declares every unit once and resolves every unit reference', () => {
    const names = plan.units.flatMap((u) => [u.name, ...(u.aliases ?? [])]);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(flatSource).toContain(n);
    for (const t of all) for (const u of t.units ?? []) expect(names, `${t.code} ${u.name}`).toContain(u.name);
    // every name in any 责任单位 clause of the source is a declared unit
    for (const m of source.matchAll(/（责任单位：([^）]*)）/g)) {
      for (const n of (m[1] ?? '').split('、')) expect(names).toContain(n);
    }
    const kind = (n: string) => plan.units.find((u) => u.name === n)?.kind;
    expect(kind('市卫生计生委')).toBe('department');
    expect(kind('市医改办')).toBe('office');
    expect(kind('重庆市人民政府办公厅')).toBe('government');
    expect(kind('重庆药品交易所')).toBe('other');
    expect(plan.units).toHaveLength(26);
  });

  it('describes the two （十一） headings as the copy has them', () => {
    const c = task('（十一）').caution ?? '';
    expect(c).toContain('一处两句正文后接“市人力社保局、市财政局、重庆保监局”');
    expect(c).toContain('另一处只有第一句“提高基本医保……同步提高个人缴费标准”，其后接“市财政局、市卫生计生委”');
    expect(flatSource).toContain('同步提高个人缴费标准。（责任单位：市财政局、市卫生计生委）');
    expect(flatSource).toContain(
      '（三十二）引导支持新模式新业态健康发展。按照以收定支、收支平衡、略有结余的原则，加强医保基金预算管理，完善医保基金总额控制办法，增加统筹基金的筹资能力。（责任单位：市人力社保局、市财政局、重庆保监局）',
    );
  });

  it('never ends a title with 。', () => {
    for (const t of all) expect(t.title.endsWith('。'), t.title).toBe(false);
  });

  it('gives no deadlines, as the text sets none', () => {
    expect(all.filter((t) => t.deadline)).toHaveLength(0);
  });
});
