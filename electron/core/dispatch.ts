// The one entry every adapter (IPC, CLI, test harness) goes through: validate the input
// against the contract, run the handler, and answer an envelope with a Chinese message.
import { channels, contract, type Channel, type Envelope } from '../shared/contract';
import { AppError } from '../shared/errors';
import type { Handlers } from './handlers';

const known = new Set<string>(channels);

export function isChannel(name: string): name is Channel {
  return known.has(name);
}

export function dispatch(handlers: Handlers, channel: string, rawInput: unknown): Envelope<unknown> {
  if (!isChannel(channel)) return fail('unknown_channel', `未知的操作：${channel}`);
  const parsed = contract[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `（${issue.path.join('.')}）` : '';
    const message = issue && /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : '输入内容不符合要求';
    return fail('invalid_input', `${message}${where}`);
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown;
    return { ok: true, value: handler(parsed.data) };
  } catch (e) {
    if (e instanceof AppError) return fail(e.code, e.message);
    console.error(`[${channel}]`, e);
    return { ok: false, error: { code: 'internal', message: '操作失败：程序内部出错，数据未改动。', detail: (e as Error).message } };
  }
}

const fail = (code: string, message: string): Envelope<never> => ({ ok: false, error: { code, message } });
