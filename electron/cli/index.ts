// 医改台账 command line: the same core handlers from a terminal.
//   npm run --silent cli -- <command> --db FILE [--json]
// Errors go to stderr in Chinese with a non-zero exit.
import { runCli } from './run';

process.exitCode = runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
});
