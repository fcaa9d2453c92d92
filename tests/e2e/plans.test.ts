// 方案管理 end to end: the real renderer in Chromium, the real core over the loopback
// harness, a real database file loaded with the curated plans.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { artifactsDir } from '../helpers/browser';
import { useE2eSession } from '../helpers/e2e';

const session = useE2eSession();

describe('方案管理', () => {
  it('lists the plans in the database with 文号, date and task count', async () => {
    await session().page.getByRole('menuitem', { name: '方案管理' }).click();
    const rows = session().page.locator('tr[data-plan-id]');
    await expect.poll(() => rows.count()).toBe(session().core.seeds.loaded.length);
    const banan = session().page.locator('tr[data-plan-id="banan-2017"]');
    await expect.poll(() => banan.innerText()).toContain('巴南府办发〔2017〕152 号');
    const text = await banan.innerText();
    expect(text).toContain('2017-08-18');
    // banan's 31 tasks, 39 timeline items and 65 group duties, each in its own column
    expect(await banan.locator('[data-count]').allInnerTexts()).toEqual(['31', '39', '65']);
    await session().page.screenshot({ path: join(artifactsDir, 'plans-list.png'), fullPage: true });
  });

  it('opens a plan and shows its task tree', async () => {
    await session().page.locator('tr[data-plan-id="banan-2017"]').click();
    await expect.poll(() => session().page.getByRole('heading', { name: '巴南区全面推开公立医院综合改革实施方案' }).count()).toBe(1);
    await expect.poll(() => session().page.getByText('改革内容', { exact: true }).count()).toBeGreaterThan(0);
    const body = await session().page.locator('main, .ant-layout-content').first().innerText();
    expect(body).toContain('（二）');
    expect(body).toContain('调整部分医疗服务项目价格');
    await session().page.screenshot({ path: join(artifactsDir, 'plan-tasks.png'), fullPage: true });
  });

  it('opens a plan with Enter and returns to the list with Esc', async () => {
    await session().page.getByRole('button', { name: '返回方案列表' }).click();
    await session().page.locator('tr[data-plan-id="lizhou-2017"]').focus();
    await session().page.keyboard.press('Enter');
    await expect.poll(() => session().page.getByRole('heading', { name: '广元市利州区深化医药卫生体制综合改革试点实施方案' }).count()).toBe(1);
    await session().page.keyboard.press('Escape');
    await expect.poll(() => session().page.locator('tr[data-plan-id]').count()).toBe(5);
  });

  it('has a Content-Security-Policy that blocks loads from any other origin', async () => {
    const csp = await session().page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    // Another loopback origin stands in for "anywhere else": CSP must refuse it before any request.
    const outcome = await session().page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      let fetched = 'loaded';
      try {
        await fetch('http://127.0.0.2:9/probe');
      } catch {
        fetched = 'blocked';
      }
      await new Promise((r) => setTimeout(r, 50));
      return { fetched, violations };
    });
    expect(outcome.fetched).toBe('blocked');
    expect(outcome.violations).toContain('connect-src');
  });

  it('made no network request outside its own origin', () => {
    expect(session().requests.length).toBeGreaterThan(0);
    expect(session().requests.filter((u) => !u.startsWith(`${session().harness.url}/`) && !u.startsWith('data:'))).toEqual([]);
  });
});
