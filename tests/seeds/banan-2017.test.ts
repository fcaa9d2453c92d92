// The Banan plan (巴南府办发〔2017〕152 号): tasks 三、/四、, annex 2 timeline, end-2017 targets and the
// 信息报送 regime, checked against literal values read from seeds/sources/banan-2017.txt.
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { readSeedPlan, readSourceText } from '../../electron/core/seeds/read-seed';
import type { SeedTask } from '../../electron/core/seeds/seed-schema';

const seedsDir = fileURLToPath(new URL('../../seeds', import.meta.url));
const plan = readSeedPlan(seedsDir, 'banan-2017');

const HOSPITALS = [
  '重庆市第七人民医院',
  '巴南区人民医院',
  '巴南区中医院',
  '巴南区第二人民医院',
  '巴南区妇幼保健计划生育服务中心',
  '巴南区皮肤病防治院',
  '重庆市第一社会福利院福康医院',
  '重庆市第二社会福利院颐康医院',
  '重庆市儿童福利院儿康医院',
  '重庆南郊医院',
];

// 附件1 四、工作组责任分工, in the order the text heads them.
const GROUPS = [
  '综合协调组',
  '文件组',
  '医疗服务价格指导及医药价格监管组',
  '医保工作组',
  '财政保障组',
  '测算模拟组',
  '培训组',
  '宣传舆情导控组',
  '应急维稳组',
  '现场督导组',
  '监测评估组',
  '药品保障组',
  '纪律保障组',
  '专家组',
  '后勤保障组',
];

const unitNames = new Set(plan.units.flatMap((u) => [u.name, ...(u.aliases ?? [])]));
const groupNames = new Set(plan.groups?.length ? plan.groups.map((g) => g.name) : GROUPS);

const part = (code: string) => {
  const p = plan.tasks.find((t) => t.code === code);
  if (!p) throw new Error(`没有部分：${code}`);
  return p;
};
const child = (parent: SeedTask, code: string) => {
  const c = parent.children?.find((t) => t.code === code);
  if (!c) throw new Error(`${parent.code} 下没有 ${code}`);
  return c;
};
const row = (code: string) => {
  const r = plan.timeline?.find((t) => t.code === code);
  if (!r) throw new Error(`时序安排表没有第 ${code} 项`);
  return r;
};
const allTasks = (ts: SeedTask[]): SeedTask[] => ts.flatMap((t) => [t, ...allTasks(t.children ?? [])]);

// The source with line breaks, extraction spaces and page furniture removed, for "is it as written" checks.
const flatSource = readSourceText(seedsDir, plan)
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => !['重庆市巴南区人民政府行政规范性文件', '重庆市巴南区人民政府办公室发布', '- 32 -'].includes(l))
  .join('')
  .replace(/\s+/g, '');

describe('巴南区 2017 方案：基本信息与单位', () => {
  it('has the document header as written', () => {
    expect(plan.id).toBe('banan-2017');
    expect(plan.title).toBe('巴南区全面推开公立医院综合改革实施方案');
    expect(plan.docNumber).toBe('巴南府办发〔2017〕152 号');
    expect(plan.issuer).toBe('重庆市巴南区人民政府办公室');
    expect(plan.issuedOn).toBe('2017-08-18');
    expect(plan.scope).toBe('巴南区');
    expect(plan.sourceFile).toBe('sources/banan-2017.txt');
  });

  it('lists the 10 reforming hospitals of 二、改革范围 and no other hospital', () => {
    const hospitals = plan.units.filter((u) => u.kind === 'hospital').map((u) => u.name);
    expect(hospitals).toHaveLength(10);
    expect([...hospitals].sort()).toEqual([...HOSPITALS].sort());
  });

  it('names every unit once, with the offices and government', () => {
    const all = plan.units.flatMap((u) => [u.name, ...(u.aliases ?? [])]);
    expect(new Set(all).size).toBe(all.length);
    const kind = (n: string) => plan.units.find((u) => u.name === n)?.kind;
    expect(kind('区医改办')).toBe('office');
    expect(kind('市医改办')).toBe('office');
    expect(kind('区政府')).toBe('government');
    expect(kind('区卫生计生委')).toBe('department');
    expect(kind('区社保局')).toBe('department');
    expect(kind('区人力社保局')).toBe('department');
    expect(plan.units.find((u) => u.name === '巴南区人民医院')?.aliases).toEqual(['区人民医院']);
    expect(plan.units.find((u) => u.name === '巴南区中医院')?.aliases).toEqual(['区中医院']);
    // the issuing office is the government's general office, as the other plans class theirs
    expect(kind('区政府办')).toBe('government');
    expect(plan.units.find((u) => u.name === '区政府办')?.aliases).toEqual(['重庆市巴南区人民政府办公室']);
  });

  it('has the city and national bodies the text names', () => {
    const kind = (n: string) => plan.units.find((u) => u.name === n)?.kind;
    // 五、（三）按市人力社保局下发的…方案; 附件1 二、（四）市国资委、市民政局举办的其他公立医院
    expect(kind('市人力社保局')).toBe('department');
    expect(kind('市国资委')).toBe('department');
    expect(kind('市民政局')).toBe('department');
    // 附件1 五、（二）根据市委、市政府和市医改领导小组指示
    expect(kind('市委')).toBe('other');
    expect(kind('市政府')).toBe('government');
    expect(kind('市医改领导小组')).toBe('other');
    expect(plan.units.find((u) => u.name === '市政府')?.aliases).toEqual(['重庆市人民政府']);
    // the preamble: 国务院关于…的总体部署; 重庆市人民政府办公厅《关于印发…》
    expect(kind('国务院')).toBe('government');
    expect(kind('重庆市人民政府办公厅')).toBe('government');
    for (const n of ['市人力社保局', '市国资委', '市民政局', '市委、市政府和市医改领导小组', '国务院', '重庆市人民政府《', '重庆市人民政府办公厅']) {
      expect(flatSource.includes(n), n).toBe(true);
    }
  });

  it('has every department that annex 1 names as a lead or member unit of a working group', () => {
    for (const n of [
      '区医改办', '区卫生计生委', '区政府办', '区政府法制办', '区发改委', '区人力社保局', '区财政局',
      '区食药监分局', '区民政局', '区委宣传部', '区网信办', '区外宣办', '区公安分局', '区维稳办',
      '区政府应急办', '区政府督查室', '区国资办', '区经信委', '区商务局', '区纪委', '区市政园林局', '区交委',
    ]) {
      expect(unitNames.has(n), n).toBe(true);
    }
  });

  it('resolves the units named by the working groups', () => {
    const groups = plan.groups ?? [];
    expect(groups).toHaveLength(15);
    for (const g of groups) {
      expect(GROUPS).toContain(g.name);
      for (const n of [...(g.leadUnits ?? []), ...(g.memberUnits ?? [])]) expect(unitNames.has(n), `${g.name}: ${n}`).toBe(true);
      for (const r of g.roster ?? []) if (r.unit) expect(unitNames.has(r.unit), `${g.name}: ${r.unit}`).toBe(true);
      for (const t of g.supervisionTeams ?? []) expect(HOSPITALS).toContain(t.hospital);
    }
  });
});

describe('巴南区 2017 方案：三、改革内容 与 四、实施步骤', () => {
  it('has only the parts 三、 and 四、', () => {
    expect(plan.tasks.map((t) => [t.code, t.title])).toEqual([
      ['三、', '改革内容'],
      ['四、', '实施步骤'],
    ]);
  });

  it('has the nine reform-content tasks with their titles', () => {
    const c = part('三、').children ?? [];
    expect(c).toHaveLength(9);
    expect(c.map((t) => t.code)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）', '（九）']);
    expect(c.map((t) => t.title)).toEqual([
      '全面取消药品加成和药事服务费',
      '调整部分医疗服务项目价格',
      '同步调整医保报销政策',
      '建立财政分类补助机制',
      '加强药品供应保障',
      '加强公立医院综合监管',
      '有序引导分级诊疗',
      '健全多种便民惠民措施',
      '建立现代医院管理制度',
    ]);
    expect(c.map((t) => t.children?.length ?? 0)).toEqual([0, 0, 4, 2, 3, 4, 3, 4, 3]);
  });

  it('keeps numbered items, bodies and deadlines as written', () => {
    const p3 = part('三、');
    const t1 = child(p3, '（一）');
    expect(t1.body).toBe(
      '全区所有公立医院全部取消药品加成（不含中药饮片），实行药品零差率销售，取消药事服务费。通过调整医疗服务价格、加大政府投入、改革医保支付方式、降低医院运行成本等，建立科学合理的补偿机制。',
    );
    expect(child(p3, '（二）').body).toContain('首批调整诊察费、床位费等439项医疗服务项目价格。');
    const pay = child(child(p3, '（三）'), '4.');
    expect(pay.title).toBe('深化医保支付方式改革');
    expect(pay.body?.endsWith('2017年，实行单病种付费的病种数不少于100个。')).toBe(true);
    expect(pay.deadline).toEqual({ kind: 'year', text: '2017年', dueOn: '2017-12-31' });
    expect(child(child(p3, '（五）'), '2.').title).toBe('落实药品采购“两票制”改革');
    expect(child(child(p3, '（八）'), '4.').title).toBe('切实发挥商业健康保险的补充作用');
    expect(child(child(p3, '（八）'), '4.').units).toEqual([
      { name: '扶贫部门', role: 'lead' },
      { name: '民政部门', role: 'lead' },
    ]);
    const t9 = child(p3, '（九）');
    expect(t9.deadline).toEqual({ kind: 'year', text: '到2020年', dueOn: '2020-12-31' });
    expect(child(t9, '2.').title).toBe('建立符合医疗卫生行业特点的人事薪酬制度');
    // only the two pilot hospitals are named: the first is lead, the other responsible
    expect(child(t9, '2.').units).toEqual([
      { name: '区人民医院', role: 'lead' },
      { name: '区中医院', role: 'responsible' },
    ]);
    // where the text names no unit, there are none
    expect(t1.units).toBeUndefined();
    expect(child(child(p3, '（六）'), '2.').units).toBeUndefined();
  });

  it('has the six implementation steps with their units and dates', () => {
    const s = part('四、').children ?? [];
    expect(s).toHaveLength(6);
    expect(s.map((t) => `${t.code}${t.title}`)).toEqual([
      '（一）部署动员',
      '（二）政策培训',
      '（三）政策宣传',
      '（四）系统调试',
      '（五）启动实施',
      '（六）实施监测',
    ]);
    const step = (code: string) => child(part('四、'), code);
    const leads = (t: SeedTask) => (t.units ?? []).filter((u) => u.role === 'lead').map((u) => u.name);
    expect(leads(step('（一）')).slice(0, 2)).toEqual(['区政府', '区卫生计生委']);
    expect(leads(step('（一）')).slice(2)).toEqual(HOSPITALS);
    expect(leads(step('（二）'))[0]).toBe('区医改办');
    expect(step('（四）').units).toEqual([{ name: '区社保局', role: 'lead' }]);
    expect(step('（四）').deadline).toEqual({ kind: 'date', text: '在启动实施前', dueOn: '2017-08-31' });
    expect(step('（五）').deadline).toEqual({ kind: 'date', text: '2017年9月1日起', dueOn: '2017-09-01', startOn: '2017-09-01' });
    expect(step('（五）').body?.startsWith('2017年9月1日起，已取消药品加成的4家公立医院取消药事服务费，其他6家公立医院')).toBe(true);
    expect(step('（六）').deadline).toEqual({ kind: 'ongoing', text: '全程' });
    expect(step('（六）').units).toBeUndefined();
  });

  it('ends no title with 。 (tasks, timeline rows, numbered duties)', () => {
    const dutyTasks = (plan.groups ?? []).flatMap((g) => g.dutyTasks ?? []);
    const titles = [...allTasks(plan.tasks), ...allTasks(plan.timeline ?? []), ...allTasks(dutyTasks)].map((t) => t.title);
    expect(titles.length).toBe(2 + 9 + 23 + 6 + 39 + 65);
    expect(titles.filter((t) => t.endsWith('。'))).toEqual([]);
    // a title is one sentence: whatever follows its 。 is the body
    expect(titles.filter((t) => t.includes('。'))).toEqual([]);
  });

  it('keeps every title, body and unit clause as the source writes it', () => {
    for (const t of allTasks(plan.tasks)) {
      if (t.code === '三、' || t.code === '四、') continue;
      expect(flatSource.includes(`${t.code}${t.title}。`), `${t.code}${t.title}`).toBe(true);
      if (t.body) expect(flatSource.includes(`${t.title}。${t.body}`), `${t.code}${t.title} body`).toBe(true);
      for (const piece of (t.unitsText ?? '').split('……').filter(Boolean)) {
        expect(flatSource.includes(piece), piece).toBe(true);
      }
      for (const u of t.units ?? []) expect(unitNames.has(u.name), u.name).toBe(true);
    }
  });
});

describe('巴南区 2017 方案：附件2 时序安排表', () => {
  const tl = plan.timeline ?? [];

  it('has 39 rows coded 1…39', () => {
    expect(tl).toHaveLength(39);
    expect(tl.map((t) => t.code)).toEqual(Array.from({ length: 39 }, (_, i) => String(i + 1)));
  });

  it('has sample rows as written', () => {
    const r1 = row('1');
    expect(r1.title).toBe('组织参加重庆市全面推开公立医院综合改革工作动员部署电视电话会议');
    expect(r1.deadline).toEqual({ kind: 'date', text: '8月8日', dueOn: '2017-08-08' });
    expect(r1.groups).toEqual(['综合协调组']);

    // the source closes this cell with 。; the title drops it
    const r5 = row('5');
    expect(r5.title).toBe('区医改领导小组第三次会议听取重庆市全面推开公立医院综合改革工作动员部署电视电话会议');
    expect(r5.deadline).toEqual({ kind: 'date', text: '8月10日', dueOn: '2017-08-10' });
    expect(r5.groups).toEqual(['综合协调组']);

    const r7 = row('7');
    expect(r7.title).toBe('拟定《巴南区全面推开公立医院综合改革实施方案》（送审稿）');
    expect(r7.deadline).toEqual({ kind: 'date', text: '8月11日前', dueOn: '2017-08-11' });
    expect(r7.groups).toEqual(['文件组']);

    const r12 = row('12');
    expect(r12.title.startsWith('各相关单位（包括区财政局、区发改委、区人力社保局、区委宣传部、区维稳办、区公安分局等部门）召开碰头会')).toBe(true);
    expect(r12.deadline?.dueOn).toBe('2017-08-16');

    const r14 = row('14');
    expect(r14.title).toBe('召开区内各相关部门内部培训会；完成10个督导组的组建、培训');
    expect(r14.deadline).toEqual({ kind: 'date', text: '8月18日前', dueOn: '2017-08-18' });
    expect(r14.unitsText).toBe('培训组、综合协调组');
    expect(r14.groups).toEqual(['培训组', '综合协调组']);

    const r17 = row('17');
    expect(r17.title.startsWith('选择10家公立医院对医疗服务价格调整项目')).toBe(true);
    expect(r17.deadline?.dueOn).toBe('2017-08-22');
    expect(r17.groups).toEqual(['测算模拟组']);

    const r20 = row('20');
    expect(r20.title).toBe('各工作组分别赴改革医院指导检查');
    expect(r20.deadline).toEqual({ kind: 'date', text: '8月25日前', dueOn: '2017-08-25' });
    expect(r20.unitsText).toBe('各相关工作组');
    expect(r20.groups).toEqual(GROUPS);

    const r22 = row('22');
    expect(r22.title).toBe('召开全区公立医院综合改革新闻媒体通气会');
    expect(r22.deadline?.dueOn).toBe('2017-08-29');
    expect(r22.groups).toEqual(['宣传舆情导控组']);

    const r26 = row('26');
    expect(r26.title).toBe('辛国荣书记赴改革医院督导');
    expect(r26.deadline?.dueOn).toBe('2017-08-31');

    const r27 = row('27');
    expect(r27.title).toBe('正式启动改革');
    expect(r27.deadline).toEqual({ kind: 'date', text: '9月1日', dueOn: '2017-09-01' });
    expect(r27.groups).toHaveLength(15);

    const r29 = row('29');
    expect(r29.title).toBe('各督导组进驻各改革医院，现场督查指导');
    expect(r29.deadline).toEqual({ kind: 'date', text: '9月1日8点', dueOn: '2017-09-01', dueTime: '08:00' });
    expect(r29.groups).toEqual(['现场督导组']);

    const r30 = row('30');
    expect(r30.title).toBe('落实公立医院财政保障工作，一院一策，精准补偿到位');
    expect(r30.deadline).toEqual({ kind: 'ongoing', text: '全程' });
    expect(r30.groups).toEqual(['财政保障组']);

    // two sentences: the lead sentence is the title, the second the body
    const r32 = row('32');
    expect(r32.title).toBe('指导公立医院强化安保措施，做好各公立医院的安全、维稳和信访工作');
    expect(r32.body).toBe('及时处置涉稳事件。');
    expect(r32.deadline).toEqual({ kind: 'ongoing', text: '全程' });
    expect(r32.groups).toEqual(['应急维稳组']);

    const r35 = row('35');
    expect(r35.title).toBe(
      '加强药品生产企业源头监管，确保药品供应保障和质量安全；落实药品“两票制”改革；做好药品价格的稳控工作；加强公立医院规范、合理用药管理',
    );
    expect(r35.groups).toEqual(['药品保障组']);

    const r37 = row('37');
    expect(r37.title).toBe('加强医疗服务项目价格监管');
    expect(r37.unitsText).toBe('医疗服务价格指导及医药价格监管组');
    expect(r37.groups).toEqual(['医疗服务价格指导及医药价格监管组']);

    const r39 = row('39');
    expect(r39.title).toBe('做好改革实施期间的后勤保障工作');
    expect(r39.deadline).toEqual({ kind: 'ongoing', text: '全程' });
    expect(r39.groups).toEqual(['后勤保障组']);
  });

  it('dates rows 1–29 in Aug/Sep 2017 in order, and 30–39 全程', () => {
    const dated = tl.slice(0, 29).map((t) => t.deadline?.dueOn ?? '');
    expect(dated.every((d) => /^2017-0[89]-\d{2}$/.test(d))).toBe(true);
    expect([...dated].sort()).toEqual(dated);
    expect(tl.slice(29).every((t) => t.deadline?.kind === 'ongoing' && t.deadline.text === '全程')).toBe(true);
    expect(tl.filter((t) => t.deadline?.text.endsWith('前')).map((t) => t.code)).toEqual(
      ['7', '8', '9', '12', '14', '15', '16', '17', '18', '20', '25'],
    );
    expect(tl.filter((t) => t.unitsText === '各相关工作组').map((t) => t.code)).toEqual(['20', '27', '28']);
    // rows whose cell the source closes with 。 (the title drops it)
    expect(tl.filter((t) => !t.body && flatSource.includes(`${t.title}。`)).map((t) => t.code)).toEqual(
      ['5', '30', '31', '33', '34', '35', '36', '37', '38', '39'],
    );
  });

  it('names only known working groups, with the 责任组 text kept', () => {
    for (const t of tl) {
      expect(t.groups?.length, t.code).toBeGreaterThan(0);
      for (const g of t.groups ?? []) expect(groupNames.has(g), `${t.code}: ${g}`).toBe(true);
      if (t.unitsText !== '各相关工作组') expect(t.groups?.join('、')).toBe(t.unitsText);
      // the task text, except rows 7 and 23 whose cells are interleaved with other columns, appears as written
      if (t.code !== '7' && t.code !== '23') {
        expect(flatSource.includes(t.title), t.code).toBe(true);
        if (t.body) expect(flatSource.includes(`${t.title}。${t.body}`), `${t.code} body`).toBe(true);
      }
    }
  });
});

describe('巴南区 2017 方案：2017年底控费指标', () => {
  it('has the three targets in the order the text gives them', () => {
    const ind = plan.indicators ?? [];
    expect(ind).toHaveLength(3);
    expect(ind.map((i) => [i.code, i.name, i.unitLabel, i.direction])).toEqual([
      ['1', '医疗费用增长幅度', '%', 'lower'],
      ['2', '药占比', '%', 'lower'],
      ['3', '百元医疗收入中消耗的卫生材料', '元', 'lower'],
    ]);
    expect(ind.map((i) => i.targets)).toEqual([
      [{ year: 2017, text: '全区公立医院医疗费用增长幅度总体降到10%以下', value: 10, comparator: '<' }],
      [{ year: 2017, text: '药占比（不含中药饮片）降到30%以下', value: 30, comparator: '<' }],
      [{ year: 2017, text: '百元医疗收入（不含药品收入）中消耗的卫生材料降到20元以下', value: 20, comparator: '<' }],
    ]);
    expect(ind[1]?.note).toBe('不含中药饮片');
    expect(ind[2]?.note).toBe('不含药品收入');
    for (const i of ind) expect(flatSource.includes(i.targets[0]!.text)).toBe(true);
  });
});

describe('巴南区 2017 方案：信息报送制度', () => {
  const r = plan.regime!;

  it('reports daily in the launch month, then weekly', () => {
    expect(r.startOn).toBe('2017-09-01');
    expect(r.phases.map((p) => [p.name, p.frequency, p.startOn, p.endOn, p.dueTime])).toEqual([
      ['启动阶段', 'daily', '2017-09-01', '2017-09-30', undefined],
      ['第2个月起', 'weekly', '2017-10-01', null, undefined],
    ]);
    expect(r.phases[0]?.text).toContain('改革启动阶段实行信息日报告制度，重大情况随时报送。');
    expect(r.phases[1]?.text).toBe('第2个月实行信息周报制度。');
  });

  it('has the reporters, recipient, summaries and incident rule', () => {
    expect(r.reportingUnits).toEqual(HOSPITALS);
    expect(r.reportingGroups).toEqual(GROUPS);
    expect(r.recipient).toBe('区医改办');
    expect(r.summaries).toHaveLength(1);
    expect(r.summaries[0]?.frequency).toBe('weekly');
    expect(r.summaries[0]?.to).toEqual(['区政府', '市医改办']);
    expect(r.summaries[0]?.text).toContain('区医改办每周汇总分析，及时研究并向区政府报告');
    expect(r.incidentRule).toContain('重大情况随时报送。');
    expect(r.incidentRule).toContain('一旦发生突发事件，相关部门和单位一把手要第一时间赶赴现场指挥处置，并及时上报区医改办。');
    expect(r.text.startsWith('加强信息报送，改革启动阶段实行信息日报告制度，重大情况随时报送。第2个月实行信息周报制度。')).toBe(true);
    expect(r.text).toContain('严格信息每日报送制度，各部门、各单位特别是各医改成员单位、参与改革的10家公立医院');
    for (const line of [r.text, r.incidentRule ?? '', r.summaries[0]!.text, ...r.phases.map((p) => p.text ?? '')].join('\n').split('\n')) {
      expect(flatSource.includes(line), line).toBe(true);
    }
  });

  it('resolves every unit and group name it uses', () => {
    for (const n of [...r.reportingUnits, r.recipient, ...r.summaries.flatMap((s) => s.to)]) {
      expect(unitNames.has(n), n).toBe(true);
    }
    expect(r.reportingUnits.every((n) => plan.units.find((u) => u.name === n)?.kind === 'hospital')).toBe(true);
    for (const g of r.reportingGroups ?? []) expect(groupNames.has(g), g).toBe(true);
    // the group names are the headings of 附件1 四、工作组责任分工
    for (const [i, g] of GROUPS.entries()) {
      const code = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'][i];
      expect(flatSource.includes(`（${code}）${g}牵头部门：`), g).toBe(true);
    }
  });
});
