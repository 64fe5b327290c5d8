// Entry point of the `interview-followup` command (bundled to dist/cli.js).
import { main } from './main';

process.exitCode = main(process.argv.slice(2));
