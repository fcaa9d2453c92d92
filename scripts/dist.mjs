// `npm run dist [-- --win | --linux]`: build, then package with electron-builder using
// electron-builder.yml. Defaults to every target this platform can build.
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });

if (run('npm', ['run', '--silent', 'build']).status !== 0) process.exit(1);
const targets = process.argv.slice(2);
const args = ['--config', 'electron-builder.yml', '--publish', 'never', ...(targets.length ? targets : ['--win', '--linux'])];
process.exit(run('electron-builder', args).status ?? 1);
