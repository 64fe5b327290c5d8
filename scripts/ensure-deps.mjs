// `npm start` and `npm test` run this first (pre-scripts), so on a fresh clone those two
// commands are all the set-up there is: it installs the locked dependencies when missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needed = ['esbuild', 'typescript', 'mocha', 'playwright-core', 'gray-matter'];
const missing = needed.filter((name) => !existsSync(new URL(`../node_modules/${name}/package.json`, import.meta.url)));
if (missing.length > 0) {
  console.error(`ensure-deps: installing dependencies (missing: ${missing.join(', ')})`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit', cwd: new URL('..', import.meta.url) });
  process.exit(r.status ?? 1);
}
