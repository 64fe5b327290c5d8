// Runs the plain-Node unit tests once per time zone. TZ must be set before Node starts
// (it is read once), so each zone gets its own `node --test` process.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const ZONES = (process.env.IFU_TEST_ZONES ?? 'UTC,America/Los_Angeles,Asia/Kolkata,Australia/Lord_Howe').split(',');
const dir = 'out/test/unit';
if (!existsSync(dir)) {
  console.error('test-unit: out/test/unit is missing; run `npm run build` first');
  process.exit(1);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.test.js')).map((f) => `${dir}/${f}`);
let passed = 0;
let failed = 0;
for (const [index, zone] of ZONES.entries()) {
  const r = spawnSync(process.execPath, ['--enable-source-maps', '--test', '--test-reporter=tap', ...files], {
    encoding: 'utf8',
    // IFU_TEST_ZONE_INDEX: a test that does not depend on the zone and is slow (the 10,000-message
    // mailbox) runs in the first zone only.
    env: { ...process.env, TZ: zone, IFU_TEST_ZONE_INDEX: String(index) },
    maxBuffer: 64 * 1024 * 1024,
  });
  const count = (name) => Number([...r.stdout.matchAll(new RegExp(`^# ${name} (\\d+)$`, "gm"))].pop()?.[1] ?? 0);
  const pass = count('pass');
  const fail = count('fail');
  const skipped = count('skipped');
  // Why tests were skipped (e.g. no Dovecot for the mail tests), once per reason.
  const reasons = [...new Set([...r.stdout.matchAll(/ # SKIP (.+)$/gm)].map((m) => m[1]))];
  if (r.status !== 0 || fail > 0 || pass === 0) {
    process.stdout.write(r.stdout + r.stderr);
    failed += Math.max(fail, 1);
  }
  passed += pass;
  console.log(`unit tests, TZ=${zone}: ${pass} passed, ${fail} failed${skipped ? `, ${skipped} skipped (${reasons.join('; ')})` : ''}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
