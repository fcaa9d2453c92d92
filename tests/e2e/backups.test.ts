// 设置 → 备份与恢复 in Chromium: the day's backup listed with what it holds, a backup now, a
// restore that gives the data back after a confirmation, a refused folder in Chinese.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactsDir } from '../helpers/browser';
import { useE2eSession } from '../helpers/e2e';

const session = useE2eSession();
const page = () => session().page;
const card = () => page().locator('#backups');
const officeName = () => session().core.db.prepare("SELECT value FROM settings WHERE key = 'officeName'").pluck().get();

describe('备份与恢复', () => {
  it('lists the day’s backup, backs up now and restores it after asking', async () => {
    await page().getByRole('menuitem', { name: '设置' }).click();
    await expect.poll(() => card().locator('tbody tr.ant-table-row').count(), { timeout: 5000 }).toBe(1);
    const first = await card().locator('tbody tr.ant-table-row').first().innerText();
    expect(first).toContain('每日');
    expect(first).toMatch(/方案 5 个 · 报送 0 份/);

    await card().getByRole('button', { name: '立即备份' }).click();
    await expect.poll(() => card().locator('tbody tr.ant-table-row').count(), { timeout: 5000 }).toBe(2);
    expect(await card().locator('tbody tr.ant-table-row').first().innerText()).toContain('手动');

    session().core.db.prepare("UPDATE settings SET value = '改过的名称' WHERE key = 'officeName'").run();
    await card().locator('tbody tr.ant-table-row').first().getByRole('button', { name: /恢\s*复/ }).click();
    const ask = page().getByRole('dialog');
    await expect.poll(() => ask.innerText()).toContain('恢复前会先把现有数据备份一份');
    await page().waitForTimeout(400); // the dialog's entrance animation
    await page().screenshot({ path: join(artifactsDir, 'backup-restore-confirm.png') });
    await ask.getByRole('button', { name: /恢\s*复/ }).click();
    await expect.poll(() => page().locator('.ant-modal-confirm-title').allInnerTexts(), { timeout: 5000 }).toContain('已恢复备份');
    expect(officeName()).not.toBe('改过的名称');
    await page().getByRole('button', { name: /确\s*定/ }).click();
    // The page starts again from the restored data.
    await page().waitForLoadState('load');
    await page().getByRole('menuitem', { name: '设置' }).click();
    await expect.poll(() => card().locator('tbody tr.ant-table-row').count(), { timeout: 5000 }).toBe(3);
    expect(await card().innerText()).toContain('恢复前');
  });

  it('refuses a folder it cannot write to, in Chinese, and keeps the one in force', async () => {
    const folder = card().getByLabel('备份文件夹');
    const before = await folder.inputValue();
    await folder.fill('/sys/医改台账备份');
    await card().getByRole('button', { name: '保存备份设置' }).click();
    await expect.poll(() => card().locator('.ant-form-item-explain-error').allInnerTexts(), { timeout: 5000 }).toEqual([expect.stringContaining('没有写入权限')]);
    await card().scrollIntoViewIfNeeded();
    await page().waitForTimeout(400); // the error's entrance animation
    await page().screenshot({ path: join(artifactsDir, 'backup-settings.png'), fullPage: true });
    await folder.fill(before);
    const list = session().core.handlers['backups:list']({});
    expect(list.folder).toBe(before);
  });
});
