// Runs the command line in-process, as `npm run cli` would, and keeps what it printed.
import { runCli } from '../../electron/cli/run';

export function cli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}
