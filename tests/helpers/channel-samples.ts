// A valid input for every channel of the contract, for a core freshly started with the seed plans
// and called in the contract's order (the task tasks:create adds is the one tasks:update, tasks:move
// and tasks:delete then use). The record type makes a channel without a sample fail to compile;
// the contract test and the audit walk both call every channel with these.
import type { Db } from '../../electron/core/db/open';
import type { Channel } from '../../electron/shared/contract';

export function channelSamples(db: () => Db): Record<Channel, unknown> {
  // Ids differ with the seed load order, so the samples read them when called.
  const unitIdOf = (scope: string, name: string) => db().prepare('SELECT id FROM units WHERE scope = ? AND name = ?').pluck().get(scope, name);
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
  };
}
