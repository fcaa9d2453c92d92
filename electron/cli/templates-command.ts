// `templates`: one 报送模板 per reporting unit for a period, written into a folder.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppCore } from '../core/app-core';
import { buildTemplates } from '../core/excel/templates';
import { getSettings } from '../core/settings/settings';
import { AppError } from '../shared/errors';
import { fail } from './ledger-commands';
import { resolveUserPath } from './user-path';

type Io = { out: (s: string) => void; err: (s: string) => void };

export async function templatesCommand(core: AppCore, options: Map<string, string>, io: Io): Promise<number> {
  for (const [name, what] of [['plan', '方案'], ['period', '报送期'], ['out', '保存模板的文件夹']] as const) {
    if (!options.get(name)) return fail(io, `请用 --${name} 指定${what}。`);
  }
  try {
    const files = await buildTemplates(core.db, { planId: options.get('plan')!, period: options.get('period')!, office: getSettings(core.db).officeName });
    const dir = resolveUserPath(options.get('out')!);
    mkdirSync(dir, { recursive: true });
    for (const f of files) {
      const target = join(dir, f.fileName);
      writeFileSync(`${target}.part`, f.data);
      renameSync(`${target}.part`, target);
    }
    io.out(`已生成 ${files.length} 份报送模板：${dir}\n`);
    return 0;
  } catch (e) {
    if (e instanceof AppError) return fail(io, e.message);
    return fail(io, `无法写入模板：${(e as Error).message}`);
  }
}
