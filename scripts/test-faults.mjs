// Runs every fault test (out/test/faults/*.test.js) in one process per file: they kill
// children, fill disks and race writers, so each file gets a clean Node.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const dir = 'out/test/faults';
if (!existsSync(dir) || !existsSync('dist/cli.js')) {
  console.error('test-faults: out/test/faults or dist/cli.js is missing; run `npm run build` first');
  process.exit(1);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort();
let failed = 0;
for (const f of files) {
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--enable-source-maps', '--test', '--test-reporter=spec', `${dir}/${f}`], { stdio: 'inherit' });
  console.log(`fault test ${f}: ${r.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (r.status !== 0) failed++;
}
console.log(`${files.length - failed} of ${files.length} fault test files passed`);
process.exit(failed ? 1 : 0);
