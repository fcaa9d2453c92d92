// `indicators`: each indicator per hospital and for the district, through dispatch.
import type { AppCore } from '../core/app-core';

type Io = { out: (s: string) => void; err: (s: string) => void };

export function indicatorsCommand(_core: AppCore, _options: Map<string, string>, _json: boolean, io: Io): number {
  io.err('错误：此命令尚未完成。\n');
  return 1;
}
