// A valid input for every channel of the contract, for a core freshly started with the seed plans
// and called in the contract's order (the task tasks:create adds is the one tasks:update, tasks:move
// and tasks:delete then use). The record type makes a channel without a sample fail to compile;
// the contract test and the audit walk both call every channel with these.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Db } from '../../electron/core/db/open';
import type { Channel } from '../../electron/shared/contract';
import { sampleContactsBase64, sampleLedgerBase64, sampleTemplateBase64 } from './sample-template';

export function channelSamples(db: () => Db): Record<Channel, unknown> {
  // Ids differ with the seed load order, so the samples read them when called.
  const unitIdOf = (scope: string, name: string) => db().prepare('SELECT id FROM units WHERE scope = ? AND name = ?').pluck().get(scope, name);
  const regimeId = () => db().prepare("SELECT id FROM reporting_regimes WHERE plan_id = 'banan-2017'").pluck().get();
  const phaseIdOf = (name: string) => db().prepare('SELECT id FROM reporting_phases WHERE name = ?').pluck().get(name);
  const reporterIdOf = (name: string) =>
    db().prepare('SELECT ru.id FROM reporting_units ru JOIN units u ON u.id = ru.unit_id WHERE u.name = ?').pluck().get(name);
  const formIdOf = (name: string) => db().prepare('SELECT id FROM report_forms WHERE name = ?').pluck().get(name);
  const fieldIdOf = (label: string) => db().prepare('SELECT id FROM form_fields WHERE label = ?').pluck().get(label);
  const indicatorIdOf = (planId: string, name: string) =>
    db().prepare('SELECT id FROM indicators WHERE plan_id = ? AND name = ?').pluck().get(planId, name);
  const elementIdOf = (code: string) => db().prepare('SELECT id FROM data_elements WHERE code = ?').pluck().get(code);
  const incidentId = () => db().prepare('SELECT max(id) FROM incident_reports').pluck().get();
  const taskIdOf = (title: string) => db().prepare("SELECT id FROM tasks WHERE plan_id = 'banan-2017' AND title = ?").pluck().get(title);
  return {
    'app:info': {},
    'plans:list': {},
    'plans:get': { planId: 'banan-2017' },
    'plans:source': { planId: 'banan-2017' },
    'groups:list': { planId: 'banan-2017' },
    'indicators:list': { planId: 'yubei-2022' },
    'reporting:regime': { planId: 'banan-2017' },
    'settings:get': {},
    'settings:update': { officeName: '重庆市巴南区医改办', clerkName: '张三' },
    'ledger:list': { asOf: '2017-08-25', planId: 'banan-2017' },
    get 'progress:list'() {
      return { taskId: taskIdOf('正式启动改革') };
    },
    get 'progress:add'() {
      return { taskIds: [taskIdOf('正式启动改革')], enteredOn: '2017-09-01', body: '各改革医院按时启动', status: 'done' };
    },
    'tasks:create': { planId: 'banan-2017', title: '接口测试新增任务' },
    get 'tasks:update'() {
      return { taskId: taskIdOf('接口测试新增任务'), title: '接口测试任务', dueOn: '2017-12-31' };
    },
    get 'tasks:move'() {
      return { taskId: taskIdOf('接口测试任务'), parentId: taskIdOf('改革内容') };
    },
    get 'tasks:delete'() {
      return { taskId: taskIdOf('接口测试任务') };
    },
    'plans:create': { title: '接口测试方案', scope: '巴南区' },
    'units:list': {},
    get 'units:rename'() {
      return { unitId: unitIdOf('利州区', '区财政局'), name: '利州区财政局' };
    },
    get 'units:merge'() {
      return { keepId: unitIdOf('利州区', '利州区财政局'), mergeId: unitIdOf('利州区', '市精神卫生中心') };
    },
    'groups:updateRoster': { groupId: 1, entries: [{ role: 'leader', person: '张三', post: '组长', phone: null, unitId: null }] },
    'audit:list': { entity: 'unit' },
    'reporting:setup': { planId: 'banan-2017' },
    get 'reporting:addPhase'() {
      return { regimeId: regimeId(), name: '巩固阶段', frequency: 'monthly', startOn: '2016-01-01', endOn: '2016-12-31' };
    },
    get 'reporting:updatePhase'() {
      return { phaseId: phaseIdOf('巩固阶段'), dueTime: '16:00' };
    },
    get 'reporting:removePhase'() {
      return { phaseId: phaseIdOf('巩固阶段') };
    },
    get 'reporting:setDay'() {
      return { regimeId: regimeId(), day: '2017-10-02', kind: 'on', reason: '改革首周值班' };
    },
    get 'reporting:addReporter'() {
      return { regimeId: regimeId(), unitId: unitIdOf('巴南区', '区人力社保局'), formId: formIdOf('工作组工作进展') };
    },
    get 'reporting:updateReporter'() {
      return { reporterId: reporterIdOf('区人力社保局'), recipientUnitIds: [unitIdOf('巴南区', '区卫生计生委')] };
    },
    get 'reporting:removeReporter'() {
      return { reporterId: reporterIdOf('区人力社保局') };
    },
    get 'reporting:addField'() {
      return { formId: formIdOf('医院运行信息报表'), kind: 'figure', label: '住院手术人次', unitLabel: '人次', min: 0, max: 10000 };
    },
    get 'reporting:updateField'() {
      return { fieldId: fieldIdOf('住院手术人次'), required: false, help: '当期实际开展的住院手术' };
    },
    'reporting:matrix': { planId: 'banan-2017', from: '2017-09-01', to: '2017-09-10' },
    'reporting:status': { planId: 'banan-2017', period: '2017-09-05' },
    get 'reporting:submission'() {
      return { planId: 'banan-2017', reporterId: reporterIdOf('巴南区人民医院'), period: '2017-09-05' };
    },
    'reporting:submit': {
      planId: 'banan-2017', reporterName: '巴南区人民医院', period: '2017-09-05', receivedAt: '2017-09-05 16:30',
      values: { 医疗收入: 120.5, 药品收入: 36.2, 卫生材料收入: 15.1 },
    },
    'reporting:reminders': { planId: 'banan-2017', period: '2017-09-05' },
    get 'reporting:logReminders'() {
      return { planId: 'banan-2017', period: '2017-09-05', reporterIds: [reporterIdOf('巴南区中医院')] };
    },
    'reporting:today': { asOf: '2017-09-05' },
    'indicators:compute': { planId: 'banan-2017', period: '2017-09-05' },
    get 'indicators:trend'() {
      return { planId: 'banan-2017', indicatorId: indicatorIdOf('banan-2017', '药占比'), from: '2017-09-01', to: '2017-09-30' };
    },
    'indicators:elements': {},
    get 'indicators:setValue'() {
      return { indicatorId: indicatorIdOf('yubei-2022', '平均住院日'), unitId: null, asOf: '2022-12-31', value: 10.2 };
    },
    get 'indicators:create'() {
      return {
        planId: 'banan-2017', name: '次均门诊收入', unitLabel: '元', direction: 'lower',
        numerator: [{ elementId: elementIdOf('revenue_medical') }], denominator: [{ elementId: elementIdOf('visits_outpatient') }], scale: 10000,
      };
    },
    'incidents:list': { open: true },
    'incidents:create': { planId: 'banan-2017', category: 'opinion', severity: 'general', title: '网上出现取消药品加成的不实说法', receivedAt: '2017-09-02 10:00' },
    get 'incidents:update'() {
      return { incidentId: incidentId(), actions: '已联系网信办澄清', closed: true };
    },
    'summary:compile': { planId: 'banan-2017', period: '2017-W41' },
    'summary:save': { planId: 'banan-2017', period: '2017-W41', text: '巴南区公立医院综合改革第41周工作汇总' },
    'summary:markSent': { planId: 'banan-2017', period: '2017-W41', to: '区政府、市医改办', sentAt: '2017-10-13 17:30' },
    'exports:save': { planId: 'banan-2017', report: 'timeline', asOf: '2017-09-05' },
    'templates:save': { planId: 'banan-2017', period: '2017-09-05' },
    // The report reporting:submit entered, returned with one figure changed: held for confirmation.
    get 'imports:templates'() {
      const base64 = sampleTemplateBase64(db(), '巴南区人民医院', '2017-09-05', { 医疗收入: 121, 药品收入: 36.2, 卫生材料收入: 15.1 });
      return { planId: 'banan-2017', pick: 'dropped', files: [{ name: '巴南区人民医院_2017-09-05_报送模板.xlsx', modifiedAt: Date.parse('2017-09-05T08:30:00Z'), size: 0, base64 }] };
    },
    get 'imports:overwrite'() {
      return { batchId: lastBatch.get(db()) ?? '', files: ['巴南区人民医院_2017-09-05_报送模板.xlsx'] };
    },
    'imports:ledgerPreview': { pick: 'dropped', files: [{ name: '分工表.xlsx', modifiedAt: Date.parse('2024-03-01T08:00:00Z'), size: 0, base64: sampleLedgerBase64() }] },
    get 'imports:ledgerRemap'() {
      return { previewId: lastPreview.get(db()) ?? '', mapping: { task: 1, division: 2, lead: 3 } };
    },
    get 'imports:ledger'() {
      return { previewId: lastPreview.get(db()) ?? '', mapping: { code: 0, task: 1, division: 2, lead: 3, cooperating: 4, deadline: 5 }, newPlan: { title: '某区医改重点任务（导入）', scope: '巴南区' } };
    },
    'jobs:cancel': { jobId: 'no-such-job' },
    get 'contacts:list'() {
      return {};
    },
    get 'contacts:set'() {
      return { owner: { kind: 'unit', id: unitIdOf('巴南区', '区医改办') }, contacts: [{ name: '陈静', post: '综合科科长', officePhone: '023-66220000', mobile: '13600003333' }] };
    },
    get 'assignments:save'() {
      return { list: sampleList('2017年第一次交办') };
    },
    get 'assignments:get'() {
      return { listId: lastList.get(db()) };
    },
    'assignments:list': {},
    get 'assignments:delete'() {
      return { listId: lastList.get(db()) };
    },
    get 'assignments:issue'() {
      return { list: sampleList('2017年第二次交办') };
    },
    get 'assignments:sign'() {
      return { recipientId: recipientIdOf('区财政局'), signedAt: '2017-09-06 09:30', signedBy: '王芳' };
    },
    get 'assignments:feedback'() {
      return { itemId: issuedItem(), recipientId: recipientIdOf('区财政局'), reportedOn: '2017-09-08', body: '资金已拨付到位', status: 'done' };
    },
    get 'assignments:close'() {
      return { itemId: issuedItem(), closedOn: '2017-09-09' };
    },
    'followups:list': { planId: 'banan-2017', asOf: '2017-09-20' },
    'followups:log': {},
    get 'assignments:export'() {
      return { listId: issuedList() };
    },
    get 'followups:notices'() {
      const overdue = db().prepare(`SELECT t.id FROM tasks t JOIN task_units tu ON tu.task_id = t.id AND tu.role = 'lead'
        WHERE t.plan_id = 'banan-2017' AND t.due_on < '2017-09-20' AND t.status <> 'done' AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id) LIMIT 1`).pluck().get();
      return { asOf: '2017-09-20', taskIds: [overdue], issuedOn: '2017-09-20', replyBy: '2017-09-25' };
    },
    'notices:extract': { text: '关于印发某方案的通知\n一、重点任务\n（一）建立台账。（牵头单位：区卫生健康委，配合单位：区财政局）' },
    'notices:save': {
      title: '某区工作方案', scope: '巴南区', sourceText: '一、重点任务', issuedOn: '2024-03-01',
      tasks: [{ code: '一、', title: '重点任务', children: [{ code: '（一）', title: '建立台账', deadlineText: '2024年底前', lead: [{ name: '区卫生计生委' }], cooperating: [{ name: '新成立的单位' }] }] }],
    },
    'notices:open': { pick: 'dropped', files: [{ name: '通知.txt', modifiedAt: Date.parse('2024-03-01T08:00:00Z'), size: 0, base64: Buffer.from('一、重点任务').toString('base64') }] },
    'backups:list': {},
    'backups:configure': { folder: null, keepDaily: 30, keepBeforeOps: 10 },
    'backups:create': {},
    /** the newest backup in the default folder: the one backups:create made */
    get 'backups:restore'() {
      const folder = join(dirname(db().name), '备份');
      const made = existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.db')).sort() : [];
      return { name: made.at(-1) ?? '医改台账-20240301-080000-手动.db' };
    },
    'backups:exportDb': {},
    'backups:importDb': {},
    'backups:chooseFolder': {},
    'audit:export': {},
    'imports:contacts': { planId: 'banan-2017', pick: 'dropped', files: [{ name: '联系人.xlsx', modifiedAt: Date.parse('2024-03-01T08:00:00Z'), size: 0, base64: sampleContactsBase64() }] },
  };

  function sampleList(title: string) {
    return {
      planId: 'banan-2017', title, assignedOn: '2017-09-05', sourceKind: 'meeting', sourceText: '区医改领导小组第一次会议',
      items: [{
        title: '落实改革补助资金', deadlineText: '9月15日前',
        recipients: [{ kind: 'unit', id: unitIdOf('巴南区', '区财政局'), role: 'lead' }, { kind: 'group', id: groupIdOf('财政保障组'), role: 'cooperating' }],
      }],
    };
  }
  function groupIdOf(name: string) {
    return db().prepare("SELECT id FROM working_groups WHERE plan_id = 'banan-2017' AND name = ?").pluck().get(name);
  }
  function issuedList() {
    return db().prepare("SELECT id FROM assignment_lists WHERE status = 'issued' ORDER BY id DESC LIMIT 1").pluck().get();
  }
  function issuedItem() {
    return db().prepare('SELECT id FROM assignment_items WHERE list_id = ?').pluck().get(issuedList());
  }
  function recipientIdOf(unit: string) {
    return db().prepare('SELECT r.id FROM assignment_recipients r JOIN units u ON u.id = r.unit_id WHERE r.list_id = ? AND u.name = ?').pluck().get(issuedList(), unit);
  }
}

const lastList = new WeakMap<Db, number>();

const lastPreview = new WeakMap<Db, string>();

const lastBatch = new WeakMap<Db, string>();
/** The walk hands each result back, so imports:overwrite and imports:ledger can use what the call before them held. */
export function noteSampleResult(db: Db, channel: string, value: unknown): void {
  if (channel === 'imports:templates') lastBatch.set(db, (value as { batchId: string }).batchId);
  if (channel === 'imports:ledgerPreview') lastPreview.set(db, (value as { previewId: string }).previewId);
  if (channel === 'assignments:save') lastList.set(db, (value as { id: number }).id);
}
