// Filling a returned 交办清单 the way a clerk at a unit does: open the workbook, type 办理情况,
// 办理状态 and 反馈日期 beside each item by its 序号, sign at the foot, save.
import ExcelJS from 'exceljs';

export type Reply = { feedback?: string; status?: string; reportedOn?: string | Date };
export type Filled = { items: Record<number, Reply>; signedBy?: string; signedAt?: string | Date };

export async function fillAssignment(data: Buffer, filled: Filled): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('交办清单')!;
  ws.eachRow((row) => {
    const no = Number(row.getCell(1).text);
    const reply = Number.isInteger(no) && no > 0 ? filled.items[no] : undefined;
    if (reply) {
      if (reply.feedback !== undefined) row.getCell(5).value = reply.feedback;
      if (reply.status !== undefined) row.getCell(6).value = reply.status;
      if (reply.reportedOn !== undefined) row.getCell(7).value = reply.reportedOn;
    }
    if (row.getCell(1).text === '签收人') {
      if (filled.signedBy !== undefined) row.getCell(3).value = filled.signedBy;
      if (filled.signedAt !== undefined) row.getCell(5).value = filled.signedAt;
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
