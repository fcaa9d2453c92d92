// 交办清单 as workbooks: one per recipient, to fill in and send back (办理情况, 办理状态 and 反馈日期
// per item in yellow cells, and the 签收 line at the foot), and one overview for the office. The
// recipient's book is laid out by the same sheet engine as every report, its input cells unlocked
// and validated, and a very hidden identity sheet (as the 报送模板 have) names the list, the
// recipient and which row holds which item, so the import knows exactly what it reads.
import type { AssignmentItemDto, AssignmentListDto, RecipientDto } from '../../shared/assignments';
import { contactLine, feedbackStatusLabels, sourceKindLabels } from '../../shared/assignments';
import { chineseDay, todayIso } from '../../shared/dates';
import { statusLabels } from '../../shared/ledger';
import { safeName, type ExportFile } from './exports';
import type { SheetSpec } from './sheet-spec';
import { addIdentitySheet, addSheet, inputFill, newWorkbook, protectSheet, textCell, workbookBytes } from './workbook';

export const assignmentMark = 'yigai-assignment-list';
export const assignmentVersion = 1;
export const assignmentIdentitySheet = '_清单信息';

export const recipientSpec: SheetSpec = {
  sheetName: '交办清单',
  columns: [
    { key: 'no', header: '序号', width: 6, align: 'center' },
    { key: 'title', header: '交办事项', width: 34 },
    { key: 'role', header: '本单位职责', width: 14, align: 'center' },
    { key: 'deadline', header: '完成时限', width: 14, align: 'center' },
    { key: 'feedback', header: '办理情况（反馈）', width: 40 },
    { key: 'status', header: '办理状态', width: 10, align: 'center' },
    { key: 'reportedOn', header: '反馈日期', width: 12, align: 'center' },
  ],
};
/** Column numbers (1 = A) of the cells the recipient fills in. */
export const inputColumns = { feedback: 5, status: 6, reportedOn: 7 } as const;
/** addSheet puts the title, the office line and a note above the header: data starts on row 5. */
export const firstItemRow = 5;

export type AssignmentIdentity = {
  template: string; version: number; listId: number; number: string; recipientId: number; recipient: string;
  /** sheet row → item id */
  rows: Record<string, number>;
  signedByCell: string; signedAtCell: string;
};

const deadlineOf = (i: AssignmentItemDto) => i.deadlineText ?? (i.dueOn ? chineseDay(i.dueOn, true) : '—');
const roleOf = (list: AssignmentListDto, i: AssignmentItemDto, r: RecipientDto) =>
  i.leadRecipientId === r.recipientId ? '牵头' : `配合（牵头：${list.recipients.find((x) => x.recipientId === i.leadRecipientId)?.name ?? ''}）`;
const sourceLine = (list: AssignmentListDto) =>
  `编号：${list.number}\u3000交办日期：${chineseDay(list.assignedOn, true)}\u3000交办依据：${list.sourceText}（${sourceKindLabels[list.sourceKind]}）`;

/** The items a recipient takes part in. */
export const itemsFor = (list: AssignmentListDto, r: RecipientDto) =>
  list.items.filter((i) => i.leadRecipientId === r.recipientId || i.cooperatingRecipientIds.includes(r.recipientId));

export async function recipientBook(list: AssignmentListDto, r: RecipientDto, office: string, officeContacts: string): Promise<ExportFile> {
  const wb = newWorkbook();
  const items = itemsFor(list, r);
  const ws = addSheet(wb, recipientSpec, {
    title: `${office}交办清单`,
    office,
    date: chineseDay(list.assignedOn, true),
    note: `${sourceLine(list)}\n承办单位：${r.name}。请在黄色格子中填写办理情况、办理状态（推进中或已办结）和反馈日期，在表尾签收，保存后发回${office}。请勿改动表格的其他部分。`,
    rows: items.map((i) => ({
      cells: { no: i.position, title: i.body ? `${i.title}\n${i.body}` : i.title, role: roleOf(list, i, r), deadline: deadlineOf(i), feedback: '', status: '', reportedOn: '' },
    })),
  });
  ws.getRow(3).height = 48;
  const rows: Record<string, number> = {};
  items.forEach((item, k) => {
    const row = firstItemRow + k;
    rows[String(row)] = item.id;
    ws.getRow(row).height = Math.max(ws.getRow(row).height ?? 0, 60);
    for (const c of Object.values(inputColumns)) {
      const cell = ws.getCell(row, c);
      cell.protection = { locked: false };
      cell.fill = inputFill;
    }
    ws.getCell(row, inputColumns.feedback).dataValidation = {
      type: 'textLength', operator: 'lessThanOrEqual', allowBlank: true, showErrorMessage: true, formulae: [2000], error: '办理情况不超过 2000 字',
    };
    ws.getCell(row, inputColumns.status).dataValidation = {
      type: 'list', allowBlank: true, formulae: [`"${feedbackStatusLabels.in_progress},${feedbackStatusLabels.done}"`], showErrorMessage: true,
      errorTitle: '办理状态', error: '请从下拉列表中选择：推进中 或 已办结',
    };
    const date = ws.getCell(row, inputColumns.reportedOn);
    date.numFmt = 'yyyy-mm-dd';
    date.dataValidation = {
      type: 'date', operator: 'greaterThanOrEqual', allowBlank: true, showErrorMessage: true, formulae: [new Date(`${list.assignedOn}T00:00:00Z`)],
      errorTitle: '反馈日期', error: `请填写不早于交办日期（${list.assignedOn}）的日期，如 ${todayIso()}`,
    };
  });
  const footer = firstItemRow + items.length + 1;
  ws.getCell(footer, 1).value = '签收人';
  ws.mergeCells(footer, 1, footer, 2);
  ws.getCell(footer, 3).value = '';
  ws.getCell(footer, 4).value = '签收时间';
  ws.getCell(footer, 5).value = '';
  const signedBy = ws.getCell(footer, 3);
  const signedAt = ws.getCell(footer, 5);
  for (const c of [signedBy, signedAt]) {
    c.protection = { locked: false };
    c.fill = inputFill;
    c.border = { bottom: { style: 'thin' } };
  }
  ws.getCell(footer, 1).alignment = { horizontal: 'right' };
  ws.getCell(footer, 4).alignment = { horizontal: 'right' };
  ws.getCell(footer + 1, 1).value = textCell(`签收时间请写成 ${list.assignedOn} 09:30 的样子。${officeContacts ? `${office}联系人：${officeContacts}` : ''}`);
  ws.mergeCells(footer + 1, 1, footer + 1, 7);
  ws.getCell(footer + 1, 1).font = { name: '宋体', size: 10, color: { argb: 'FF595959' } };
  ws.getRow(footer).height = 28;
  await protectSheet(ws);
  const identity: AssignmentIdentity = {
    template: assignmentMark, version: assignmentVersion, listId: list.id, number: list.number, recipientId: r.recipientId, recipient: r.name,
    rows, signedByCell: signedBy.address, signedAtCell: signedAt.address,
  };
  await addIdentitySheet(wb, assignmentIdentitySheet, identity);
  return { fileName: safeName(`交办清单_${r.name}_${list.assignedOn}.xlsx`), data: await workbookBytes(wb) };
}

const overviewSpec: SheetSpec = {
  sheetName: '交办清单总览',
  columns: [
    { key: 'no', header: '序号', width: 6, align: 'center' },
    { key: 'title', header: '交办事项', width: 34 },
    { key: 'lead', header: '牵头', width: 16 },
    { key: 'cooperating', header: '配合', width: 22 },
    { key: 'deadline', header: '完成时限', width: 14, align: 'center' },
    { key: 'feedback', header: '最新反馈', width: 40 },
    { key: 'state', header: '状态', width: 14, align: 'center' },
  ],
};
const signSpec: SheetSpec = {
  sheetName: '签收情况',
  columns: [
    { key: 'recipient', header: '承办单位（工作组）', width: 24 },
    { key: 'contacts', header: '联系人', width: 40 },
    { key: 'signedBy', header: '签收人', width: 12, align: 'center' },
    { key: 'signedAt', header: '签收时间', width: 20, align: 'center' },
  ],
};

/** The office's copy: every item with its lead, cooperating units, latest feedback and state; and who signed when. */
export async function overviewBook(list: AssignmentListDto, office: string): Promise<ExportFile> {
  const wb = newWorkbook();
  const name = (id: number | null) => list.recipients.find((r) => r.recipientId === id)?.name ?? '';
  const content = (title: string, rows: Parameters<typeof addSheet>[2]['rows']) => ({ title, office, date: chineseDay(todayIso(), true), note: sourceLine(list), rows });
  addSheet(wb, overviewSpec, content(`${office}交办清单${list.number}：${list.title}`, list.items.map((i) => {
    const last = i.feedback.at(-1);
    const state = i.closedOn ? `已销号（${i.closedOn}）` : i.ledger ? `${statusLabels[i.ledger.status]}${i.ledger.daysLate ? `，逾期 ${i.ledger.daysLate} 天` : ''}` : '未交办';
    return {
      cells: {
        no: i.position, title: i.title, lead: name(i.leadRecipientId), cooperating: i.cooperatingRecipientIds.map(name).join('、'), deadline: deadlineOf(i),
        feedback: last ? `${last.reportedOn} ${name(last.recipientId)}：${last.body}` : '', state,
      },
      alert: i.ledger?.daysLate ? ['state'] : undefined,
    };
  })));
  addSheet(wb, signSpec, content('签收情况', list.recipients.map((r) => ({
    cells: { recipient: r.name, contacts: r.contacts.map(contactLine).join('\n'), signedBy: r.signedBy ?? '', signedAt: r.signedAt ? r.signedAt.replace('T', ' ').slice(0, 16) : '未签收' },
    alert: r.signedAt ? undefined : ['signedAt'],
  }))));
  return { fileName: safeName(`交办清单${list.number}_总览_${list.assignedOn}.xlsx`), data: await workbookBytes(wb) };
}
