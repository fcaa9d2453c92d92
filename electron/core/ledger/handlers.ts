// The ledger area's handlers: rows with lights, progress notes, task editing and new plans.
import type { ledgerContract } from '../../shared/contract/ledger';
import type { CoreContext, Handlers } from '../handlers';
import { createPlan } from '../plans/plan-create';
import { listLedger } from './ledger-query';
import { addProgress, listProgress } from './progress';
import { createTask, deleteTask, moveTask, updateTask } from './task-edit';

export function ledgerHandlers(ctx: CoreContext): Pick<Handlers, keyof typeof ledgerContract> {
  const { db } = ctx;
  return {
    'ledger:list': (input) => listLedger(db, input),
    'progress:list': ({ taskId }) => listProgress(db, taskId),
    'progress:add': (input) => addProgress(db, input),
    'tasks:create': (input) => createTask(db, input),
    'tasks:update': (input) => updateTask(db, input),
    'tasks:move': (input) => moveTask(db, input),
    'tasks:delete': ({ taskId }) => deleteTask(db, taskId),
    'plans:create': (input) => createPlan(db, input),
  };
}
