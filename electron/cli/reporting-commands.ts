// `status` and `submit`: the reporting regime from a terminal, through dispatch.
import type { AppCore } from '../core/app-core';

type Io = { out: (s: string) => void; err: (s: string) => void };

export function statusCommand(_core: AppCore, _options: Map<string, string>, _json: boolean, io: Io): number {
  io.err('错误：此命令尚未完成。\n');
  return 1;
}

export function submitCommand(_core: AppCore, _options: Map<string, string>, io: Io): number {
  io.err('错误：此命令尚未完成。\n');
  return 1;
}
