// 医改台账 command line: the same core handlers from a terminal.
//   npm run --silent cli -- <command> --db FILE [--json]
// Errors go to stderr in Chinese with a non-zero exit.
import { runCli } from './run';

// A reader that stops early (`… | head`) closes the pipe: end quietly, not with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit();
});

void Promise.resolve(
  runCli(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  }),
).then((code) => {
  process.exitCode = code;
});
