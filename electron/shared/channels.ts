// The channel names alone, free of zod, so the sandboxed preload and the harness page stay
// small. contract.ts checks at compile time that this list and the contract's keys agree.
export const channelNames = [
  'app:info',
  'plans:list',
  'plans:get',
  'plans:source',
  'groups:list',
  'indicators:list',
  'reporting:regime',
  'settings:get',
  'settings:update',
  'ledger:list',
  'progress:list',
  'progress:add',
  'tasks:create',
  'tasks:update',
  'tasks:move',
  'tasks:delete',
  'plans:create',
  'units:list',
  'units:rename',
  'units:merge',
  'groups:updateRoster',
  'audit:list',
  'reporting:setup',
  'reporting:addPhase',
  'reporting:updatePhase',
  'reporting:removePhase',
  'reporting:setDay',
  'reporting:addReporter',
  'reporting:updateReporter',
  'reporting:removeReporter',
  'reporting:addField',
  'reporting:updateField',
  'reporting:matrix',
  'reporting:status',
  'reporting:submission',
  'reporting:submit',
  'reporting:reminders',
  'reporting:logReminders',
  'reporting:today',
  'indicators:compute',
  'indicators:trend',
  'indicators:elements',
  'indicators:setValue',
  'indicators:create',
  'incidents:list',
  'incidents:create',
  'incidents:update',
  'summary:compile',
  'summary:save',
  'summary:markSent',
  'exports:save',
  'templates:save',
  'imports:templates',
  'imports:overwrite',
  'imports:ledgerPreview',
  'imports:ledgerRemap',
  'imports:ledger',
  'jobs:cancel',
  'contacts:list',
  'contacts:set',
  'assignments:save',
  'assignments:get',
  'assignments:list',
  'assignments:delete',
  'assignments:issue',
  'assignments:sign',
  'assignments:feedback',
  'assignments:close',
  'followups:list',
  'followups:log',
  'assignments:export',
  'followups:notices',
  'imports:contacts',
  'notices:extract',
  'notices:save',
  'notices:open',
  'backups:list',
  'backups:configure',
  'backups:create',
  'backups:restore',
  'backups:exportDb',
  'backups:importDb',
  'backups:chooseFolder',
  'audit:export',
] as const;

/** Events the core sends the page, each exposed as a named subscription (window.api.events.<name>). */
export const eventNames = ['progress'] as const;
export type EventName = (typeof eventNames)[number];
/** A long operation's progress: `done` of `total` files, `current` the one being worked on. */
export type ProgressEvent = { jobId: string; done: number; total: number; current: string };
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

export type ChannelName = (typeof channelNames)[number];

/** message: Chinese, for the clerk; detail: technical text for support, never the only explanation. */
export type ApiError = { code: string; message: string; detail?: string };
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** 'plans:list' → ['plans', 'list'] */
export function splitChannel(channel: string): [string, string] {
  const [area, verb] = channel.split(':');
  return [area ?? '', verb ?? ''];
}

/** Builds window.api from a transport; used by the preload and the test harness alike. */
export function buildApiObject(
  invoke: (channel: ChannelName, input: unknown) => Promise<Envelope<unknown>>,
  subscribe: Subscribe,
): Record<string, Record<string, (input?: unknown) => unknown>> {
  const api: Record<string, Record<string, (input?: unknown) => unknown>> = {};
  for (const channel of channelNames) {
    const [area, verb] = splitChannel(channel);
    api[area] ??= {};
    api[area][verb] = (input?: unknown) => invoke(channel, input ?? {});
  }
  api.events = {};
  for (const event of eventNames) {
    api.events[event] = (listener) => {
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      return subscribe(event, listener as (payload: unknown) => void);
    };
  }
  return api;
}
