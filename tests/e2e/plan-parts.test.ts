// banan-2017's groups, timeline, indicators and regime, and a plan's source text beside its
// tasks, in the real renderer through the harness.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { artifactsDir } from '../helpers/browser';
import { useE2eSession } from '../helpers/e2e';

const session = useE2eSession();

const openPlan = async (planId: string) => {
  await session().page.getByRole('menuitem', { name: '方案管理' }).click();
  const back = session().page.getByRole('button', { name: '返回方案列表' });
  if (await back.count()) await back.click();
  await session().page.locator(`tr[data-plan-id="${planId}"]`).click();
  await session().page.getByRole('tab').first().waitFor();
};

const content = () => session().page.locator('.ant-layout-content').innerText();

describe('巴南区方案的工作组、时序安排、指标与报送制度', () => {
  it('shows the 15 working groups with lead units, roster and duties', async () => {
    await openPlan('banan-2017');
    await session().page.getByRole('tab', { name: /工作组（15 个，职责 65 项）/ }).click();
    await expect.poll(() => session().page.locator('.ant-collapse-item').count()).toBe(15);
    const text = await content();
    for (const name of ['综合协调组', '文件组', '医保工作组', '现场督导组', '后勤保障组']) expect(text).toContain(name);
    await session().page.getByText('应急维稳组').click();
    await expect.poll(content).toContain('张智彪');
    await session().page.getByText('现场督导组').click();
    await expect.poll(content).toContain('一院一组，10 个');
    await session().page.screenshot({ path: join(artifactsDir, 'banan-groups.png'), fullPage: true });
  });

  it('shows the 39-row timeline with dates resolved and 责任组', async () => {
    await session().page.getByRole('tab', { name: /时序安排（39 项）/ }).click();
    const panel = session().page.getByRole('tabpanel');
    await expect.poll(() => panel.locator('tbody tr.ant-table-row').count()).toBe(39);
    const text = await panel.innerText();
    expect(text).toContain('2017-09-01 08:00');
    expect(text).toContain('组织参加重庆市全面推开公立医院综合改革工作动员部署电视电话会议');
    await session().page.screenshot({ path: join(artifactsDir, 'banan-timeline.png'), fullPage: true });
  });

  it('shows the three end-2017 targets and the daily-then-weekly regime', async () => {
    await session().page.getByRole('tab', { name: /指标（3 项）/ }).click();
    const indicators = await session().page.getByRole('tabpanel').innerText();
    expect(indicators).toMatch(/药占比/);
    expect(indicators).toContain('越低越好');
    await session().page.getByRole('tab', { name: '报送制度' }).click();
    const regime = await session().page.getByRole('tabpanel').innerText();
    expect(regime).toContain('2017-09-01');
    expect(regime).toContain('日报');
    expect(regime).toContain('周报');
    expect(regime).toContain('10 个单位、15 个工作组');
  });
});

describe('对照原文', () => {
  it('opens the source text beside the tasks, and filters it', async () => {
    await openPlan('yubei-2022');
    await session().page.getByRole('button', { name: '对照原文' }).click();
    const source = session().page.getByLabel('方案原文');
    await expect.poll(() => source.innerText()).toContain('渝北府办发');
    await expect.poll(() => session().page.getByRole('tab', { name: /任务/ }).count()).toBeGreaterThan(0);
    await session().page.getByPlaceholder('在原文中查找').fill('2021年现值');
    await expect.poll(async () => (await source.locator('pre').innerText()).split('\n').length).toBeLessThan(10);
    await session().page.screenshot({ path: join(artifactsDir, 'yubei-source-beside.png') });
  });

  it('marks the scrambled 2018 city copy so the clerk checks it against the original', async () => {
    await openPlan('chongqing-2018h2');
    await expect.poll(content).toContain('核对');
    await expect.poll(() => session().page.getByText('需核对', { exact: true }).count()).toBeGreaterThan(0);
    await session().page.screenshot({ path: join(artifactsDir, 'chongqing-2018-caution.png') });
  });
});

describe('设置', () => {
  it('saves the office and clerk names, and refuses an empty office name', async () => {
    await session().page.getByRole('menuitem', { name: '设置' }).click();
    const office = session().page.getByLabel(/填报单位/);
    await office.fill('');
    await session().page.getByRole('button', { name: /^保\s*存$/ }).click();
    await expect.poll(content).toContain('请填写填报单位');
    await office.fill('重庆市巴南区医改办');
    await session().page.getByLabel(/经办人/).fill('王五');
    await session().page.getByRole('button', { name: /^保\s*存$/ }).click();
    await expect.poll(() => session().page.getByText('设置已保存').count()).toBe(1);
    expect(await content()).toContain('office.db');
    const stored = session().core.db.prepare("SELECT value FROM settings WHERE key = 'officeName'").get();
    expect(stored).toEqual({ value: '重庆市巴南区医改办' });
  });
});
