// Runs the command line in-process, as `npm run cli` would, and keeps what it printed.
import { runCli } from '../../electron/cli/run';

export function cli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  if (typeof code !== 'number') throw new Error(`${argv[0]} 是异步命令，请用 cliAsync`);
  return { code, out, err };
}

/** For commands that write files (export): waits for the exit code. */
export async function cliAsync(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}
