// The only file that touches window.api. Calls return the value or throw an ApiFailure that
// carries the core's Chinese message, so screens can show it as it is.
import type { ProgressEvent } from '../../electron/shared/channels';
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

/** A failure as a screen keeps it: the Chinese sentence, and the technical text for 详细信息. */
export type Failure = { message: string; detail: string | null };
export const failureOf = (e: unknown): Failure => ({ message: errorMessage(e), detail: errorDetail(e) });

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

export const reportingApi = {
  setup: (planId: string) => unwrap(api().reporting.setup({ planId })),
  addPhase: (input: In<'reporting:addPhase'>) => unwrap(api().reporting.addPhase(input)),
  updatePhase: (input: In<'reporting:updatePhase'>) => unwrap(api().reporting.updatePhase(input)),
  removePhase: (phaseId: number) => unwrap(api().reporting.removePhase({ phaseId })),
  setDay: (input: In<'reporting:setDay'>) => unwrap(api().reporting.setDay(input)),
  addReporter: (input: In<'reporting:addReporter'>) => unwrap(api().reporting.addReporter(input)),
  updateReporter: (input: In<'reporting:updateReporter'>) => unwrap(api().reporting.updateReporter(input)),
  removeReporter: (reporterId: number) => unwrap(api().reporting.removeReporter({ reporterId })),
  addField: (input: In<'reporting:addField'>) => unwrap(api().reporting.addField(input)),
  updateField: (input: In<'reporting:updateField'>) => unwrap(api().reporting.updateField(input)),
  matrix: (input: In<'reporting:matrix'>) => unwrap(api().reporting.matrix(input)),
  status: (input: In<'reporting:status'>) => unwrap(api().reporting.status(input)),
  submission: (input: In<'reporting:submission'>) => unwrap(api().reporting.submission(input)),
  submit: (input: In<'reporting:submit'>) => unwrap(api().reporting.submit(input)),
  reminders: (input: In<'reporting:reminders'>) => unwrap(api().reporting.reminders(input)),
  logReminders: (input: In<'reporting:logReminders'>) => unwrap(api().reporting.logReminders(input)),
  today: (asOf?: string) => unwrap(api().reporting.today({ asOf })),
};

export const indicatorsApi = {
  compute: (input: In<'indicators:compute'>) => unwrap(api().indicators.compute(input)),
  trend: (input: In<'indicators:trend'>) => unwrap(api().indicators.trend(input)),
  elements: () => unwrap(api().indicators.elements({})),
  setValue: (input: In<'indicators:setValue'>) => unwrap(api().indicators.setValue(input)),
  create: (input: In<'indicators:create'>) => unwrap(api().indicators.create(input)),
};

export const incidentsApi = {
  list: (input: In<'incidents:list'>) => unwrap(api().incidents.list(input)),
  create: (input: In<'incidents:create'>) => unwrap(api().incidents.create(input)),
  update: (input: In<'incidents:update'>) => unwrap(api().incidents.update(input)),
};

export const summaryApi = {
  compile: (planId: string, period: string) => unwrap(api().summary.compile({ planId, period })),
  save: (input: In<'summary:save'>) => unwrap(api().summary.save(input)),
  markSent: (input: In<'summary:markSent'>) => unwrap(api().summary.markSent(input)),
};

export const exportsApi = {
  save: (input: In<'exports:save'>) => unwrap(api().exports.save(input)),
  templates: (input: In<'templates:save'>) => unwrap(api().templates.save(input)),
  importTemplates: (input: In<'imports:templates'>) => unwrap(api().imports.templates(input)),
  overwrite: (batchId: string, files: string[]) => unwrap(api().imports.overwrite({ batchId, files })),
  ledgerPreview: (input: In<'imports:ledgerPreview'>) => unwrap(api().imports.ledgerPreview(input)),
  ledgerRemap: (input: In<'imports:ledgerRemap'>) => unwrap(api().imports.ledgerRemap(input)),
  importLedger: (input: In<'imports:ledger'>) => unwrap(api().imports.ledger(input)),
};

export const auditApi = {
  export: (input: In<'audit:export'>) => unwrap(api().audit.export(input)),
};

export const backupsApi = {
  list: () => unwrap(api().backups.list({})),
  configure: (input: In<'backups:configure'>) => unwrap(api().backups.configure(input)),
  create: () => unwrap(api().backups.create({})),
  restore: (name: string) => unwrap(api().backups.restore({ name })),
  exportDb: () => unwrap(api().backups.exportDb({})),
  importDb: () => unwrap(api().backups.importDb({})),
  chooseFolder: () => unwrap(api().backups.chooseFolder({})),
};

export const noticesApi = {
  extract: (text: string, scope?: string) => unwrap(api().notices.extract({ text, scope })),
  open: (input: In<'notices:open'>) => unwrap(api().notices.open(input)),
  save: (input: In<'notices:save'>) => unwrap(api().notices.save(input)),
};

export const jobsApi = {
  cancel: (jobId: string) => unwrap(api().jobs.cancel({ jobId })),
  /** Progress of long operations; returns the function that stops listening. */
  onProgress: (listener: (p: ProgressEvent) => void) => api().events.progress(listener),
};

export const assignmentsApi = {
  contacts: () => unwrap(api().contacts.list({})),
  setContacts: (input: In<'contacts:set'>) => unwrap(api().contacts.set(input)),
  importContacts: (input: In<'imports:contacts'>) => unwrap(api().imports.contacts(input)),
  list: (asOf?: string) => unwrap(api().assignments.list({ asOf })),
  get: (listId: number, asOf?: string) => unwrap(api().assignments.get({ listId, asOf })),
  save: (input: In<'assignments:save'>) => unwrap(api().assignments.save(input)),
  remove: (listId: number) => unwrap(api().assignments.delete({ listId })),
  issue: (listId: number) => unwrap(api().assignments.issue({ listId })),
  sign: (input: In<'assignments:sign'>) => unwrap(api().assignments.sign(input)),
  feedback: (input: In<'assignments:feedback'>) => unwrap(api().assignments.feedback(input)),
  close: (input: In<'assignments:close'>) => unwrap(api().assignments.close(input)),
  exportBooks: (input: In<'assignments:export'>) => unwrap(api().assignments.export(input)),
  overdue: (input: In<'followups:list'>) => unwrap(api().followups.list(input)),
  notices: (input: In<'followups:notices'>) => unwrap(api().followups.notices(input)),
  log: (taskId?: number) => unwrap(api().followups.log({ taskId })),
};
