// The accuracy scripts run the TypeScript sources themselves, not a build: the modules they name
// are bundled into a temporary CommonJS file, required, and the file removed.
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `lines`: export statements relative to the repository ("export { parseNote } from './src/core/note/parse';"). */
export async function loadSources(lines) {
  const tmp = mkdtempSync(join(tmpdir(), 'ifu-sources-'));
  try {
    const bundle = join(tmp, 'sources.cjs');
    await esbuild.build({
      stdin: { contents: lines.join('\n'), resolveDir: root, loader: 'ts' },
      bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'error',
    });
    return createRequire(import.meta.url)(bundle);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
