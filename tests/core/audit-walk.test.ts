// Every mutation writes the audit log. Walks every channel of the contract on a fresh database
// with a valid sample input and watches every table: a call that changed anything besides the
// audit log must have added audit rows naming the clerk set in 设置, with the time. A channel is
// marked here as read-only or writing; the walk checks each mark against what the call did, so a
// new channel needs a sample (tests/helpers/channel-samples.ts) and a mark before this passes.
import { describe, expect, it } from 'vitest';
import { dispatchAsync, isFileChannel, type FileAdapter } from '../../electron/core/dispatch';
import { channels, type Channel } from '../../electron/shared/contract';
import { channelSamples, noteSampleResult } from '../helpers/channel-samples';
import { useSeededCore, wholeDatabase } from '../helpers/core';

// 'audited': changes what lies outside the tables (the backup settings beside the file, the whole
// file from a backup) and says so in the audit log alone.
const marks: Record<Channel, 'read-only' | 'writes' | 'audited'> = {
  'app:info': 'read-only',
  'plans:list': 'read-only',
  'plans:get': 'read-only',
  'plans:source': 'read-only',
  'groups:list': 'read-only',
  'indicators:list': 'read-only',
  'reporting:regime': 'read-only',
  'settings:get': 'read-only',
  'settings:update': 'writes',
  'ledger:list': 'read-only',
  'progress:list': 'read-only',
  'progress:add': 'writes',
  'tasks:create': 'writes',
  'tasks:update': 'writes',
  'tasks:move': 'writes',
  'tasks:delete': 'writes',
  'plans:create': 'writes',
  'units:list': 'read-only',
  'units:rename': 'writes',
  'units:merge': 'writes',
  'groups:updateRoster': 'writes',
  'audit:list': 'read-only',
  'reporting:setup': 'read-only',
  'reporting:addPhase': 'writes',
  'reporting:updatePhase': 'writes',
  'reporting:removePhase': 'writes',
  'reporting:setDay': 'writes',
  'reporting:addReporter': 'writes',
  'reporting:updateReporter': 'writes',
  'reporting:removeReporter': 'writes',
  'reporting:addField': 'writes',
  'reporting:updateField': 'writes',
  'reporting:matrix': 'read-only',
  'reporting:status': 'read-only',
  'reporting:submission': 'read-only',
  'reporting:submit': 'writes',
  'reporting:reminders': 'read-only',
  'reporting:logReminders': 'writes',
  'reporting:today': 'read-only',
  'indicators:compute': 'read-only',
  'indicators:trend': 'read-only',
  'indicators:elements': 'read-only',
  'indicators:setValue': 'writes',
  'indicators:create': 'writes',
  'incidents:list': 'read-only',
  'incidents:create': 'writes',
  'incidents:update': 'writes',
  'summary:compile': 'read-only',
  'summary:save': 'writes',
  'summary:markSent': 'writes',
  'exports:save': 'read-only',
  'templates:save': 'read-only',
  'imports:templates': 'read-only',
  'imports:overwrite': 'writes',
  'imports:ledgerPreview': 'read-only',
  'imports:ledgerRemap': 'read-only',
  'imports:ledger': 'writes',
  'jobs:cancel': 'read-only',
  'contacts:list': 'read-only',
  'contacts:set': 'writes',
  'assignments:save': 'writes',
  'assignments:get': 'read-only',
  'assignments:list': 'read-only',
  'assignments:delete': 'writes',
  'assignments:issue': 'writes',
  'assignments:sign': 'writes',
  'assignments:feedback': 'writes',
  'assignments:close': 'writes',
  'followups:list': 'read-only',
  'followups:log': 'read-only',
  'assignments:export': 'read-only',
  'followups:notices': 'read-only',
  'imports:contacts': 'writes',
  'notices:extract': 'read-only',
  'notices:save': 'writes',
  'notices:open': 'read-only',
  'backups:list': 'read-only',
  'backups:configure': 'audited',
  'backups:create': 'read-only',
  'backups:restore': 'audited',
  'backups:exportDb': 'read-only',
  'backups:importDb': 'read-only',
  'backups:chooseFolder': 'read-only',
  'audit:export': 'read-only',
};

const { core, call } = useSeededCore('audit-walk');
const cancelledDialogs: FileAdapter = { saveFile: async () => null, chooseFolder: async () => null, chooseFiles: async () => null, progress: () => {} };
const samples = channelSamples(() => core().db);

type AuditRow = { id: number; at: string; actor: string; action: string; entity: string };

describe('the audit walk', () => {
  it('has a sample input and a read-only or writing mark for every channel of the contract', () => {
    expect(Object.keys(samples).sort()).toEqual([...channels].sort());
    expect(Object.keys(marks).sort()).toEqual([...channels].sort());
  });

  it('finds an audit row with the clerk and the time after every call that changed the database', async () => {
    const db = core().db;
    db.prepare("INSERT INTO settings (key, value) VALUES ('clerkName', '审计员') ON CONFLICT (key) DO UPDATE SET value = excluded.value").run();
    const seen: Record<string, string> = {};
    for (const channel of channels) {
      const before = wholeDatabase(core());
      const started = Date.now();
      // A file channel runs with an adapter whose dialogs the clerk cancels: nothing is saved.
      const result = isFileChannel(channel) ? await dispatchAsync(core().handlers, channel, samples[channel], cancelledDialogs) : call(channel, samples[channel]);
      expect(result, `${channel}: ${JSON.stringify(result.ok ? null : result.error)}`).toMatchObject({ ok: true });
      if (result.ok) noteSampleResult(db, channel, result.value);
      const after = wholeDatabase(core());
      const changed = Object.keys(after).filter((t) => t !== 'audit_log' && JSON.stringify(after[t]) !== JSON.stringify(before[t]));
      const lastId = (before.audit_log as AuditRow[]).at(-1)?.id ?? 0;
      const added = (after.audit_log as AuditRow[]).filter((r) => r.id > lastId);
      seen[channel] = changed.length ? 'writes' : added.length && marks[channel] === 'audited' ? 'audited' : 'read-only';
      if (!changed.length && marks[channel] !== 'audited') {
        expect(added, `${channel} changed nothing, so it logs nothing`).toEqual([]);
        continue;
      }
      expect(added.length, `${channel} changed ${changed.join(', ')} without an audit row`).toBeGreaterThan(0);
      const clerk = db.prepare("SELECT value FROM settings WHERE key = 'clerkName'").pluck().get();
      for (const row of added) {
        expect(row.actor, channel).toBe(clerk);
        expect(row.at, channel).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
        expect(Math.abs(Date.parse(row.at) - started), channel).toBeLessThan(60_000);
      }
    }
    // A mark that disagrees with what the call did: a writing channel whose sample wrote nothing
    // proves nothing, and a read-only one must not write.
    expect(seen).toEqual(marks);
  });
});
