// The only file that touches window.api. Calls return the value or throw an ApiFailure that
// carries the core's Chinese message, so screens can show it as it is.
import type { Api, ApiError, Channel, Envelope, Input } from '../../electron/shared/contract';

declare global {
  interface Window {
    api: Api;
  }
}

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

async function unwrap<T>(pending: Promise<Envelope<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value;
}

const api = (): Api => {
  if (!window.api) throw new ApiFailure({ code: 'no_api', message: '程序接口未就绪，请重新启动医改台账。' });
  return window.api;
};

export const appApi = {
  info: () => unwrap(api().app.info({})),
};

export const plansApi = {
  list: () => unwrap(api().plans.list({})),
  get: (planId: string) => unwrap(api().plans.get({ planId })),
  source: (planId: string) => unwrap(api().plans.source({ planId })),
  groups: (planId: string) => unwrap(api().groups.list({ planId })),
  indicators: (planId: string) => unwrap(api().indicators.list({ planId })),
  regime: (planId: string) => unwrap(api().reporting.regime({ planId })),
};

export const settingsApi = {
  get: () => unwrap(api().settings.get({})),
  update: (input: Input<'settings:update'>) => unwrap(api().settings.update(input)),
};

/**
 * Every error a clerk sees is a Chinese sentence. The core's own refusals already are; a broken
 * connection or a fault inside the program gets a plain explanation, and its technical text is
 * kept apart by errorDetail for 详细信息.
 */
export const errorMessage = (e: unknown): string => {
  if (e instanceof ApiFailure) return e.message;
  if (e instanceof TypeError && /fetch|network|load/i.test(e.message)) {
    return '无法连接程序核心，这一步没有完成，数据未改动。请点“重试”；若仍不行，请重新启动医改台账。';
  }
  return '程序内部出错，这一步没有完成，数据未改动。请点“重试”；若仍不行，请重新启动医改台账。';
};

export const errorDetail = (e: unknown): string | null =>
  e instanceof ApiFailure ? (e.error.detail ?? null) : e instanceof Error ? e.message : e == null ? null : String(e);

type In<C extends Channel> = Input<C>; // short for the wrappers below

export const ledgerApi = {
  list: (input: In<'ledger:list'>) => unwrap(api().ledger.list(input)),
  progress: (taskId: number) => unwrap(api().progress.list({ taskId })),
  addProgress: (input: In<'progress:add'>) => unwrap(api().progress.add(input)),
  createTask: (input: In<'tasks:create'>) => unwrap(api().tasks.create(input)),
  updateTask: (input: In<'tasks:update'>) => unwrap(api().tasks.update(input)),
  moveTask: (input: In<'tasks:move'>) => unwrap(api().tasks.move(input)),
  deleteTask: (taskId: number) => unwrap(api().tasks.delete({ taskId })),
  createPlan: (input: In<'plans:create'>) => unwrap(api().plans.create(input)),
};

export const unitsApi = {
  list: () => unwrap(api().units.list({})),
  rename: (unitId: number, name: string) => unwrap(api().units.rename({ unitId, name })),
  merge: (keepId: number, mergeId: number) => unwrap(api().units.merge({ keepId, mergeId })),
  updateRoster: (input: In<'groups:updateRoster'>) => unwrap(api().groups.updateRoster(input)),
  audit: (input: In<'audit:list'>) => unwrap(api().audit.list(input)),
};
