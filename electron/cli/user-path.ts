// A relative path typed on the command line means the folder it was typed in. npm runs the
// scripts from the package's own folder and leaves the folder the command was typed in as INIT_CWD.
import { resolve } from 'node:path';

export function resolveUserPath(path: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(env.INIT_CWD || cwd, path);
}
