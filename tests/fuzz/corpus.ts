// The files the fuzz harness starts from: what really arrives at the office — a returned 报送模板,
// a hand-kept ledger (.xlsx and legacy .xls), the 联系人 sheet, and notices as text, GB18030 text,
// Word and PDF. Built from the database in use, so an unmutated template imports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import * as XLSX from 'xlsx';
import type { Db } from '../../electron/core/db/open';
import { sampleContactsBase64, sampleLedgerBase64, sampleTemplateBase64 } from '../helpers/sample-template';

export type Target = 'templates' | 'ledger' | 'contacts' | 'notice';
export type Base = { target: Target; name: string; bytes: Buffer };

const fixtures = join(process.cwd(), 'tests', 'fixtures');

export async function buildCorpus(db: Db): Promise<Base[]> {
  const template = Buffer.from(sampleTemplateBase64(db, '巴南区人民医院', '2017-09-06', { 门急诊人次: 812, 出院人次: 64, 医疗收入: 120.5, 药品收入: 36.2, 卫生材料收入: 15.1 }), 'base64');
  const ledger = Buffer.from(sampleLedgerBase64(), 'base64');
  const legacy = XLSX.write(XLSX.read(ledger), { type: 'buffer', bookType: 'xls' }) as Buffer;
  const word = await Packer.toBuffer(new Document({
    sections: [{
      children: [
        new Paragraph('关于印发某区深化医改重点任务的通知'),
        new Paragraph('一、推进分级诊疗'),
        new Paragraph('（一）建设紧密型医共体。（牵头单位：区卫生健康委，配合单位：区财政局）'),
        new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('任务')] }), new TableCell({ children: [new Paragraph('牵头单位')] })] })] }),
      ],
    }],
  }));
  return [
    { target: 'templates', name: '巴南区人民医院-日报.xlsx', bytes: template },
    { target: 'ledger', name: '任务分工台账.xlsx', bytes: ledger },
    { target: 'ledger', name: '任务分工台账.xls', bytes: legacy },
    { target: 'contacts', name: '联系人.xlsx', bytes: Buffer.from(sampleContactsBase64(), 'base64') },
    { target: 'notice', name: '通知.txt', bytes: readFileSync(join(process.cwd(), 'seeds', 'sources', 'lizhou-2017.txt')) },
    { target: 'notice', name: '通知-GBK.txt', bytes: readFileSync(join(fixtures, 'notice-2020h2-gbk.txt')) },
    { target: 'notice', name: '通知.docx', bytes: Buffer.from(word) },
    { target: 'notice', name: '通知.pdf', bytes: readFileSync(join(fixtures, 'notice-lizhou.pdf')) },
  ];
}
