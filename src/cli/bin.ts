// Entry point of the `interview-followup` command (bundled to dist/cli.js).
import { main } from './main';

const debug = process.argv.includes('--debug');

// Output piped into `head` or a pager that quits: the reader chose to stop, like SIGPIPE for a
// C tool, so stop quietly. Any other error on the streams is one line and exit status 2.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    fatal(error);
  });
}

// Last resort: nothing may end in Node's multi-line crash report.
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);

function fatal(error: unknown): void {
  try {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`interview-followup: ${message.split('\n', 1)[0]}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(error.stack + '\n');
  } finally {
    process.exit(2);
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
