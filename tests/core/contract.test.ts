// One contract, three adapters: every channel has a handler, a preload method and a
// harness route; invalid input is refused with {ok:false} and changes nothing.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type AppCore } from '../../electron/core/app-core';
import { dispatch } from '../../electron/core/dispatch';
import { buildApiObject, channelNames } from '../../electron/shared/channels';
import { channels } from '../../electron/shared/contract';
import { startHarness, type Harness } from '../harness/server';
import { rendererDir } from '../helpers/browser';
import { channelSamples, noteSampleResult } from '../helpers/channel-samples';
import { tempDir } from '../helpers/temp-db';

const tmp = tempDir();
let core: AppCore;
let harness: Harness;
const samples = channelSamples(() => core.db);

beforeAll(async () => {
  core = startCore(tmp.file('contract.db'));
  harness = await startHarness(core.handlers, rendererDir);
});
afterAll(async () => {
  await harness.close();
  core.close();
  tmp.remove();
});

const snapshot = () =>
  ['plans', 'tasks', 'units', 'settings', 'audit_log'].map((t) => core.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get());

const post = async (channel: string, body: unknown, token = harness.token) => {
  const res = await fetch(`${harness.url}/__api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-harness-token': token },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } } };
};

describe('the contract', () => {
  it('lists the same channels in channels.ts and contract.ts, each named area:verb', () => {
    expect([...channels]).toEqual([...channelNames]);
    for (const c of channels) expect(c).toMatch(/^[a-z]+:[a-z][a-zA-Z]*$/);
  });

  it('has a handler for every channel and no handler without a channel', () => {
    expect(Object.keys(core.handlers).sort()).toEqual([...channels].sort());
  });

  it('gives the preload one named method per channel, built from the channel list', async () => {
    const seen: string[] = [];
    const api = buildApiObject(async (channel) => {
      seen.push(channel);
      return { ok: true, value: null };
    }, () => () => {});
    for (const c of channels) {
      const [area, verb] = c.split(':') as [string, string];
      expect(typeof api[area]?.[verb], c).toBe('function');
      await api[area]![verb]!({});
    }
    expect(seen).toEqual([...channels]);
    const preload = readFileSync('electron/preload/index.ts', 'utf8');
    expect(preload).toContain('buildApiObject(');
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });

  it('answers every channel over the harness route with a success envelope', async () => {
    for (const c of channels) {
      const { status, body } = await post(c, samples[c]);
      expect(status, c).toBe(200);
      expect(body, `${c}: ${JSON.stringify(body.error)}`).toMatchObject({ ok: true });
      noteSampleResult(core.db, c, body.value);
    }
  });

  it('refuses cross-site loads of the harness script and API', async () => {
    const script = await fetch(`${harness.url}/__harness/api.js`, { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(script.status).toBe(403);
    expect(await script.text()).not.toContain(harness.token);
    const call = await fetch(`${harness.url}/__api/plans:list`, {
      method: 'POST',
      headers: { 'x-harness-token': harness.token, 'sec-fetch-site': 'cross-site' },
      body: '{}',
    });
    expect(call.status).toBe(403);
  });

  it('refuses harness calls without the per-run token', async () => {
    const { status, body } = await post('plans:list', {}, 'wrong');
    expect(status).toBe(403);
    expect(body.ok).toBe(false);
  });
});

describe('invalid input', () => {
  const cases: [string, unknown, RegExp][] = [
    ['settings:update', { officeName: '', clerkName: '张三' }, /填报单位不能为空/],
    ['settings:update', { officeName: '巴南区医改办', clerkName: '张'.repeat(41) }, /不超过 40 个字/],
    ['settings:update', { officeName: '巴南区医改办', clerkName: '张三', extra: 1 }, /输入内容不符合要求/],
    ['plans:get', {}, /输入内容不符合要求|请选择方案/],
    ['plans:get', { planId: 42 }, /输入内容不符合要求/],
    ['plans:get', { planId: 'no-such-plan' }, /找不到方案/],
    ['plans:drop', {}, /未知的操作/],
  ];

  it.each(cases)('%s %j is refused in Chinese and changes nothing', (channel, input, message) => {
    const before = snapshot();
    const settings = core.db.prepare('SELECT * FROM settings ORDER BY key').all();
    const result = dispatch(core.handlers, channel, input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect(snapshot()).toEqual(before);
    expect(core.db.prepare('SELECT * FROM settings ORDER BY key').all()).toEqual(settings);
  });

  it('is refused the same way over the harness', async () => {
    const before = snapshot();
    const { body } = await post('settings:update', { officeName: '   ', clerkName: '' });
    expect(body.ok).toBe(false);
    expect(body.error?.code).toBe('invalid_input');
    expect(snapshot()).toEqual(before);
  });
});

describe('settings', () => {
  it('saves the office and clerk names and audits the change under the clerk’s name', () => {
    const result = dispatch(core.handlers, 'settings:update', { officeName: ' 重庆市巴南区医改办 ', clerkName: '李四' });
    expect(result).toEqual({ ok: true, value: { officeName: '重庆市巴南区医改办', clerkName: '李四', dueSoonDays: 7, staleDays: 7, followUpDays: { remind: 1, urge: 7, notify: 15 } } });
    const audit = core.db.prepare("SELECT actor, entity, after_json FROM audit_log WHERE entity = 'settings' ORDER BY id DESC LIMIT 1").get() as {
      actor: string; after_json: string;
    };
    expect(audit.actor).toBe('李四');
    expect(JSON.parse(audit.after_json)).toEqual({ officeName: '重庆市巴南区医改办', clerkName: '李四', dueSoonDays: 7, staleDays: 7, followUpDays: { remind: 1, urge: 7, notify: 15 } });
  });
});
