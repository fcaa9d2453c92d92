// The 15 working groups of the Banan plan (巴南府办发〔2017〕152 号, 附件1 四、工作组责任分工,
// its 责任分工表 and 组建方案), checked against values read from seeds/sources/banan-2017.txt.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { seedGroup, seedUnit } from '../../electron/core/seeds/seed-schema';

const SEED_FILE = fileURLToPath(new URL('../../seeds/banan-2017.json', import.meta.url));
const SOURCE_FILE = fileURLToPath(new URL('../../seeds/sources/banan-2017.txt', import.meta.url));
// the source without line breaks, extraction spaces and page furniture
const flatSource = readFileSync(SOURCE_FILE, 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => !['重庆市巴南区人民政府行政规范性文件', '重庆市巴南区人民政府办公室发布', '- 32 -'].includes(l))
  .join('')
  .replace(/\s+/g, '');

const raw = JSON.parse(readFileSync(SEED_FILE, 'utf8')) as { groups: unknown[]; units: unknown[] };
const groups = raw.groups.map((g) => seedGroup.parse(g));
const units = raw.units.map((u) => seedUnit.parse(u));
const byName = (name: string) => {
  const g = groups.find((x) => x.name === name);
  if (!g) throw new Error(`没有工作组：${name}`);
  return g;
};
const deputies = (name: string) =>
  (byName(name).roster ?? []).filter((r) => r.role === 'deputyLeader').map((r) => ({ person: r.person, post: r.post }));
const leader = (name: string) => {
  const l = (byName(name).roster ?? []).filter((r) => r.role === 'leader');
  expect(l).toHaveLength(1);
  return { person: l[0]!.person, post: l[0]!.post };
};

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

describe('巴南区 2017 工作组', () => {
  it('has the 15 groups of 四、工作组责任分工 in order, with their codes', () => {
    expect(groups.map((g) => g.name)).toEqual([
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
    ]);
    expect(groups.map((g) => g.code)).toEqual([
      '（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）',
      '（九）', '（十）', '（十一）', '（十二）', '（十三）', '（十四）', '（十五）',
    ]);
  });

  it('has the lead units (牵头部门)', () => {
    expect(byName('综合协调组').leadUnits).toEqual(['区医改办']);
    expect(byName('文件组').leadUnits).toEqual(['区卫生计生委']);
    expect(byName('医疗服务价格指导及医药价格监管组').leadUnits).toEqual(['区发改委']);
    expect(byName('宣传舆情导控组').leadUnits).toEqual(['区委宣传部']);
    expect(byName('应急维稳组').leadUnits).toEqual(['区维稳办']);
    expect(byName('现场督导组').leadUnitsText).toBe('区医改办、区政府督查室');
    expect(byName('现场督导组').leadUnits).toEqual(['区医改办', '区政府督查室']);
    expect(byName('纪律保障组').leadUnits).toEqual(['区纪委']);
    expect(byName('药品保障组').leadUnits).toEqual(['区食药监分局']);
  });

  it('keeps section 四 member units, and the roster table member text beside them', () => {
    expect(byName('文件组').memberUnits).toEqual([
      '区政府办', '区政府法制办', '区发改委', '区人力社保局', '区财政局', '区食药监分局',
    ]);
    expect(byName('文件组').rosterMembersText).toBe('区卫生计生委、区政府办、区政府法制办、区发改委、区人力社保局、区财政局。');
    expect(byName('后勤保障组').memberUnits).toHaveLength(8);
    expect(byName('后勤保障组').rosterMembersText).toContain('区水务局');
    // 成员部门 given only as a collective: text kept, no unit list
    expect(byName('综合协调组').memberUnitsText).toBe('区医改领导小组成员单位。');
    expect(byName('综合协调组').memberUnits).toBeUndefined();
    expect(byName('纪律保障组').memberUnitsText).toBe('各医改成员单位。');
  });

  it('keeps 工作职责 as one paragraph without line breaks or extraction spaces', () => {
    expect(byName('文件组').duties).toBe('制定工作方案，完善保障制度，制定政策解读。');
    expect(byName('专家组').duties).toBe(
      '负责组建政策法规、医疗、护理、医技、物价、医保、财务等领域和专业的专家队伍；协助主管部门做好改革相关政策咨询、政策解读、风险排查、纠纷处置等工作。',
    );
    for (const g of groups) expect(g.duties).not.toMatch(/\n|[^\u0020-\u007f] [^\u0020-\u007f]/);
  });

  it('has the numbered duties of the 责任分工表', () => {
    const counts = Object.fromEntries(groups.map((g) => [g.name, g.dutyTasks?.length ?? 0]));
    expect(counts['综合协调组']).toBe(6);
    expect(counts['医保工作组']).toBe(8);
    expect(counts['测算模拟组']).toBe(2);
    expect(counts['宣传舆情导控组']).toBe(6);
    expect(counts['应急维稳组']).toBe(5);
    expect(counts['现场督导组']).toBe(3);
    expect(counts['后勤保障组']).toBe(4);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(65);
    for (const g of groups) expect(g.dutyTasks!.map((t) => t.code)).toEqual(g.dutyTasks!.map((_, i) => `${i + 1}.`));

    // a title is the lead sentence without its closing 。; a second sentence is the body
    const wj = byName('应急维稳组').dutyTasks!;
    expect(wj[3]).toEqual({
      code: '4.',
      title: '开展情报信息的收集研判，做好突发事件的现场处置工作',
      body: '指导各单位开展信访排查。',
    });
    // item 6 of 医保工作组 comes after a page break with page furniture
    expect(byName('医保工作组').dutyTasks![5]!.title).toBe('落实特殊困难群体分类医疗救助工作');
    // 十五 heading and item 1 share a line in the source
    expect(byName('后勤保障组').dutyTasks![0]!.title).toBe('制定《重庆市巴南区全面推开公立医院综合改革后勤保障方案》');
    // written without a closing 。 in the source too
    expect(byName('综合协调组').dutyTasks![5]!.title).toBe('完成区医改领导小组交办的其他任务');
    expect(byName('宣传舆情导控组').dutyTasks![2]!.title).toBe(
      '制定《重庆市巴南区全面推开公立医院综合改革舆情监测处置方案》，做好改革实施期间的舆情动态监测和处置',
    );
    expect(byName('测算模拟组').dutyTasks![0]!.title).toBe(
      '对参与改革的 10 家公立医院医疗服务价格调整项目做好病种费用水平变化和个人医疗费用负担变化的测算，提出分析报告和政策建议',
    );
    // each item as written in the 责任分工表: number, title, its 。 (if any) and body, then the next item or heading
    const heads = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];
    groups.forEach((g, k) => {
      const items = g.dutyTasks!;
      items.forEach((t, i) => {
        expect(t.title.includes('。'), `${g.name} ${t.code}`).toBe(false);
        const next = i + 1 < items.length ? items[i + 1]!.code : k + 1 < groups.length ? `${heads[k + 1]}、${groups[k + 1]!.name}` : '附件3';
        const text = `${t.code}${t.title}${t.body ? `。${t.body}` : ''}`.replace(/\s+/g, '');
        expect(flatSource.includes(`${text}${next}`) || flatSource.includes(`${text}。${next}`), `${g.name} ${t.code}`).toBe(true);
      });
    });
  });

  it('has the leaders and deputy leaders of the 组建方案', () => {
    expect(leader('综合协调组')).toEqual({ person: '王安锐', post: '区政府督查室督查专员' });
    expect(deputies('综合协调组')).toEqual([{ person: '黄曦', post: '区医改办主任，区卫生计生委主任' }]);
    expect(leader('宣传舆情导控组')).toEqual({ person: '陈浩', post: '区委宣传部常务副部长' });
    expect(deputies('宣传舆情导控组')).toEqual([{ person: '潘曙', post: '区卫生计生协会副会长' }]);
    expect(leader('应急维稳组')).toEqual({ person: '谭晓东', post: '区政府党组成员、区维稳办主任' });
    expect(deputies('应急维稳组')).toEqual([
      { person: '张智彪', post: '区公安分局副局长' },
      { person: '龙超凡', post: '区卫生计生委副主任' },
    ]);
    expect(deputies('测算模拟组')).toEqual([
      { person: '胡进', post: '区社保局局长' },
      { person: '曹宗荣', post: '区卫生计生委副主任' },
    ]);
    expect(leader('监测评估组')).toEqual({ person: '张厚彬', post: '区卫生计生委副主任' });
    expect(deputies('监测评估组')).toEqual([
      { person: '刘敏', post: '区发改委副主任' },
      { person: '胡进', post: '区社保局局长' },
    ]);
    expect(leader('纪律保障组')).toEqual({ person: '李渐鸿', post: '区监察局副局长' });
    expect(leader('后勤保障组')).toEqual({ person: '曹宗荣', post: '区卫生计生委副主任' });
    expect(deputies('后勤保障组')).toEqual([{ person: '皮颖', post: '区财政局副局长' }]);
    expect(deputies('专家组')).toEqual([{ person: '练德义', post: '巴南区人民医院副院长' }]);
    for (const g of groups) {
      expect(g.roster!.filter((r) => r.role === 'leader')).toHaveLength(1);
      for (const r of g.roster!) expect(r.person).not.toMatch(/\s/);
    }
  });

  it('has one supervision team per reforming hospital (一院一组)', () => {
    const teams = byName('现场督导组').supervisionTeams!;
    expect(teams).toHaveLength(10);
    expect(new Set(teams.map((t) => t.hospital)).size).toBe(10);
    expect(teams.map((t) => t.hospital)).toEqual(HOSPITALS);
    for (const t of teams) {
      expect(t.name).toBe(`督导组（${t.hospital}）`);
      expect(t.membersText).toBe('卫生计生督导组（10 个组）：区卫生计生委 20 人、区发改委 10 人、区人力社保局 10 人');
    }
    for (const g of groups) if (g.name !== '现场督导组') expect(g.supervisionTeams).toBeUndefined();
  });

  it('lists each unit once, the 10 hospitals as hospitals, and resolves every unit name used', () => {
    const names = units.map((u) => u.name);
    expect(new Set(names).size).toBe(names.length);
    const allNames = [...names, ...units.flatMap((u) => u.aliases ?? [])];
    expect(new Set(allNames).size).toBe(allNames.length);
    expect(units.filter((u) => u.kind === 'hospital').map((u) => u.name)).toEqual(HOSPITALS);
    expect(units.filter((u) => u.kind === 'office').map((u) => u.name)).toEqual(['区医改办', '市医改办']);

    const known = new Set(allNames);
    const used = groups.flatMap((g) => [
      ...(g.leadUnits ?? []),
      ...(g.memberUnits ?? []),
      ...(g.roster ?? []).flatMap((r) => (r.unit ? [r.unit] : [])),
      ...(g.supervisionTeams ?? []).map((t) => t.hospital),
    ]);
    expect(used.length).toBeGreaterThan(80);
    expect(used.filter((n) => !known.has(n))).toEqual([]);
    // every unit the roster's member lists name (split on 、) is known too
    for (const g of groups) {
      if (g.name === '现场督导组' || g.name === '专家组') continue;
      const listed = g.rosterMembersText!.replace(/。$/, '').split('、').filter(Boolean);
      expect(listed.filter((n) => !known.has(n))).toEqual([]);
    }
    const hospitalNames = new Set(units.filter((u) => u.kind === 'hospital').map((u) => u.name));
    for (const t of byName('现场督导组').supervisionTeams!) expect(hospitalNames.has(t.hospital)).toBe(true);
  });
});
