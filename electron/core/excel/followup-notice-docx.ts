// 督办通知 as a Word document in the official layout (GB/T 9704-2012, as the weekly summary): the
// red 发文机关标志 and 文号 over a red rule, the title, the recipient, the overdue tasks with their
// deadlines, lateness and latest progress, the reply deadline, the office's contact, and the
// office and date at the foot. The level (提醒/督办/通报) is that of the latest task in it.
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, TextRun } from 'docx';
import { contactLine, type ContactDto, type OverdueDto } from '../../shared/assignments';
import { chineseNumber } from '../../shared/chinese-number';
import { chineseDay } from '../../shared/dates';
import { readDeadlineText } from '../../shared/deadline-text';
import type { FollowUpLevel } from '../../shared/followup';
import { body, line, officialPage, paragraph, pt, titleRun } from './summary-docx';

const red = 'C00000';
const headerWord: Record<FollowUpLevel, string> = { remind: '工作提醒', urge: '督办通知', notify: '督办通报' };
const titleOf: Record<FollowUpLevel, string> = {
  remind: '关于提醒办理逾期工作任务的函',
  urge: '关于督促办理逾期工作任务的通知',
  notify: '关于逾期未办结工作任务的通报',
};
const actionOf: Record<FollowUpLevel, string> = { remind: '提醒', urge: '督办', notify: '通报' };
export type NoticeContent = {
  office: string; officeContacts: ContactDto[]; recipient: string; level: FollowUpLevel; docNumber: string | null;
  asOf: string; issuedOn: string; replyBy: string; tasks: OverdueDto[];
};

export async function followUpNoticeDocx(n: NoticeContent): Promise<Buffer> {
  const centered = (text: string, run: object, after = 0) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...line, after }, children: [new TextRun({ text, ...run })] });
  // The day itself, and the plan's words beside it only when they say more than the day (在启动实施前, 9月底).
  const deadline = (t: OverdueDto) => {
    const day = `${chineseDay(t.due, true)}${t.dueTime ? ` ${t.dueTime}` : ''}`;
    const plain = t.deadlineText && readDeadlineText(t.deadlineText, Number(t.due.slice(0, 4))).kind === 'date';
    return t.deadlineText && !plain ? `${day}（${t.deadlineText}）` : day;
  };
  const tasks = n.tasks.flatMap((t, i) => [
    paragraph(`${chineseNumber(i + 1)}、${t.title.replace(/[。；;]$/, '')}`),
    paragraph(`完成时限：${deadline(t)}，截至${chineseDay(n.asOf, true)}已逾期 ${t.daysLate} 天。`),
    paragraph(t.latestProgress ? `最新进展：${chineseDay(t.latestProgress.enteredOn, true)}，${t.latestProgress.body}` : '最新进展：未报送进展情况。'),
    paragraph(`任务来源：${t.planTitle}${t.assignment ? `（交办清单${t.assignment.number}）` : t.code ? (/^\d+$/.test(t.code) ? `第 ${t.code} 项` : `${t.code}项`) : ''}。`),
  ]);
  const contacts = n.officeContacts.map(contactLine).join('；');
  const doc = new Document({
    creator: '医改台账',
    title: titleOf[n.level],
    sections: [{
      ...officialPage,
      children: [
        centered(`${n.office}${headerWord[n.level]}`, { ...titleRun, size: pt(30), color: red }, 12 * 20),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { ...line, after: 24 * 20 },
          border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: red, space: 6 } },
          children: [new TextRun({ text: n.docNumber ?? '〔    〕    号', ...body })],
        }),
        centered(titleOf[n.level], { ...titleRun, size: pt(22) }, 28 * 20),
        new Paragraph({ spacing: line, children: [new TextRun({ text: `${n.recipient}：`, ...body })] }),
        paragraph(`截至${chineseDay(n.asOf, true)}，你单位牵头负责的以下 ${n.tasks.length} 项工作任务已超过完成时限，尚未办结。现予以${actionOf[n.level]}，请高度重视，逐项抓紧推进：`),
        ...tasks,
        paragraph(`请于${chineseDay(n.replyBy, true)}前将上述任务的办理情况、存在问题及下一步措施书面反馈${n.office}。逾期仍未办结的，将按程序提级督办。`),
        ...(contacts ? [paragraph(`联系人：${contacts}。`)] : []),
        new Paragraph({ spacing: line, children: [] }),
        new Paragraph({ alignment: AlignmentType.RIGHT, spacing: line, indent: { right: 4 * 320 }, children: [new TextRun({ text: n.office, ...body })] }),
        new Paragraph({ alignment: AlignmentType.RIGHT, spacing: line, indent: { right: 4 * 320 }, children: [new TextRun({ text: chineseDay(n.issuedOn, true), ...body })] }),
      ],
    }],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
