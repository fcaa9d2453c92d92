// The only file that touches window.api. Calls return the value or throw an ApiFailure that
// carries the core's Chinese message, so screens can show it as it is.
import type { Api, ApiError, Envelope } from '../../electron/shared/contract';

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
  update: (input: { officeName: string; clerkName: string }) => unwrap(api().settings.update(input)),
};

export const errorMessage = (e: unknown): string =>
  e instanceof ApiFailure ? e.message : e instanceof Error ? `出现错误：${e.message}` : '出现未知错误';
