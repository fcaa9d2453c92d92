// Pieces every area's contract uses: the result-type carrier and the common input fields.
import { z } from 'zod';

/** Carries a result type in the table without a runtime value. */
export const returns = <T>() => null as unknown as T;

export const planId = z.string().trim().min(1, '请选择方案').max(64, '方案编号过长');
export const personName = z.string().trim().max(40, '姓名不超过 40 个字');
export const id = (what: string) => z.number({ error: `请选择${what}` }).int(`${what}编号无效`).positive(`${what}编号无效`);

/** A calendar date as YYYY-MM-DD that exists (2020-02-29 yes, 2021-02-29 no). */
export const isoDate = z.string().refine((s) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, '日期格式应为 YYYY-MM-DD，且须是实际存在的日期');

/** Required text, trimmed: 不能为空 and 不超过 N 个字 in the field's own name. */
export const text = (what: string, max: number) => z.string().trim().min(1, `${what}不能为空`).max(max, `${what}不超过 ${max} 个字`);
/** Text that may be left empty or cleared (null). */
export const optionalText = (what: string, max: number) => z.string().trim().max(max, `${what}不超过 ${max} 个字`).nullable().optional();
/** A time as the clerk writes it (2017-09-05 16:30); the core reads it with parseStamp. */
export const stamp = z.string().trim().max(40, '时间格式应为 2017-09-05 16:30');
