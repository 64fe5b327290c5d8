// Temporary folders for the tests, removed when the test process exits (passed or failed), so
// `npm test` leaves nothing behind in the system's temporary folder. IFU_KEEP_TEMP=1 keeps them
// for a look after a failure.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];
let hooked = false;

function removeAll(): void {
  if (process.env.IFU_KEEP_TEMP) return;
  for (const dir of made.splice(0)) {
    try {
      // A test may have left a folder without permissions: give them back so it can be removed.
      chmodSync(dir, 0o700);
    } catch {
      // gone already
    }
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** A new folder under `parent` (the system's temporary folder), named `<prefix>XXXXXX`, removed at exit. */
export function tempDir(prefix: string, parent = tmpdir()): string {
  if (!hooked) {
    hooked = true;
    process.on('exit', removeAll);
  }
  const dir = mkdtempSync(join(parent, prefix));
  made.push(dir);
  return dir;
}
