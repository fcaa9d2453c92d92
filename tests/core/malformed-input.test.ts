// Every channel of the contract, sent input it must refuse: the wrong type altogether, an unknown
// key, a prototype-pollution key, and each field of a valid sample in turn replaced by nonsense.
// Each answer is {ok:false} with a Chinese message, the database is exactly as it was, and no
// object prototype was touched.
import { describe, expect, it } from 'vitest';
import { dispatchAsync, type FileAdapter } from '../../electron/core/dispatch';
import { channels } from '../../electron/shared/contract';
import { channelSamples } from '../helpers/channel-samples';
import { useSeededCore, wholeDatabase } from '../helpers/core';

const { core } = useSeededCore('malformed');
const samples = channelSamples(() => core().db);
const noDialogs: FileAdapter = { saveFile: async () => null, chooseFolder: async () => null, chooseFiles: async () => null, progress: () => {} };

function malformed(sample: unknown): unknown[] {
  const inputs: unknown[] = ['文本', 42, true, [], [{}], { unknownKey: 1 }, JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}')];
  if (sample && typeof sample === 'object' && !Array.isArray(sample)) {
    inputs.push({ ...sample, unknownKey: 1 });
    for (const key of Object.keys(sample)) inputs.push({ ...sample, [key]: [[[]]] });
  }
  return inputs;
}

describe('malformed input on every channel', () => {
  it('is refused with a Chinese message and changes nothing', async () => {
    const before = wholeDatabase(core());
    let sent = 0;
    for (const channel of channels) {
      for (const input of malformed(samples[channel])) {
        const r = await dispatchAsync(core().handlers, channel, input, noDialogs);
        sent += 1;
        expect(r.ok, `${channel} accepted ${JSON.stringify(input)}`).toBe(false);
        if (!r.ok) {
          expect(r.error.code, `${channel} ${JSON.stringify(input)}`).toBe('invalid_input');
          expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
        }
      }
    }
    expect(sent).toBeGreaterThan(channels.length * 7);
    expect(wholeDatabase(core())).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    console.log(`已向 ${channels.length} 个通道发送 ${sent} 个不合规输入，全部拒绝，数据未改动`);
  });

  it('refuses an unknown channel', async () => {
    expect(await dispatchAsync(core().handlers, 'db:drop', {}, noDialogs)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(await dispatchAsync(core().handlers, '__proto__', {}, noDialogs)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });
});
