// Spelling in the REAL VS Code extension host: `node bench/host.mjs --spelling` runs
// bench/host/spelling.ts (see there for what it measures) on bench/out/spelling-ws, a workspace with
// one note holding a 200-word thank-you draft with three misspellings, and writes the section
// "## Spelling in the VS Code extension host" of docs/benchmarks.md (unless --no-doc).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { machine, writeSection } from './doc.mjs';

const SECTION = '## Spelling in the VS Code extension host';
const COMMAND = 'node bench/host.mjs --spelling';

function pad(n) {
  return String(n).padStart(2, '0');
}

/** The note: interviewed two hours ago, so the draft is due and checked like any other. */
function noteText() {
  const d = new Date(Date.now() - 2 * 3600_000);
  const stamp = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return [
    '---', 'company: Brightline Logistics', 'role: Data Analyst', `interview: ${stamp}`,
    'interviewers:', '  - name: Maria Lopez', '    title: Analytics Lead', '    email: maria.lopez@brightline.example', '---',
    '', '## Details to mention', '', '- the route-planning dashboard they are rebuilding', '',
    '## Thank-you email', 'Subject: Thank you — Data Analyst interview', '',
    'Dear Maria,', '',
    'Thank you for taking the time to meet with me this morning to discuss the Data Analyst role at Brightline Logistics.',
    'I enjoyed learning about the route-planning dashboard your team is rebuilding, and I was glad to recieve such a clear',
    'picture of how the analysts work with the operations managers every day.', '',
    'Our conversation made me even more excited about the oppurtunity. In my current position I built the weekly delivery',
    'report that our regional managers now use to plan their staffing, and I cleaned up years of inconsistent shipment data',
    'so that it could be queried in a few seconds instead of an afternoon. I would definately bring the same care to your',
    'dashboard, and I would be happy to share the notes I wrote about measuring late deliveries if they would be useful.', '',
    'I also appreciated your candid description of the challenges ahead: the move to a new warehouse system, the questions',
    'the finance team keeps asking, and the need for numbers that everyone trusts. Those are exactly the problems I like',
    'to work on, and I would welcome the chance to help your team solve them.', '',
    'Please let me know if there is anything else I can provide. Thank you again for your time and for a friendly,',
    'thoughtful conversation.', '',
    'Best regards,', 'Alex Kim', 'alex.kim@example.com · +1 555 0100', '',
  ].join('\n');
}

const fmt = (ms) => (typeof ms !== 'number' || Number.isNaN(ms) ? '—' : ms >= 10 ? `${Math.round(ms).toLocaleString('en-US')} ms` : `${ms.toFixed(1)} ms`);

export async function spellingBench({ root, benchOut, ext, builtAt, tests, runHost, writeDoc }) {
  const ws = join(benchOut, 'spelling-ws');
  rmSync(ws, { recursive: true, force: true });
  mkdirSync(join(ws, 'interviews'), { recursive: true });
  writeFileSync(join(ws, 'interviews', 'spelling.md'), noteText());
  // Opened first, so that VS Code's Markdown extension starts before the measurement.
  writeFileSync(join(ws, 'README.md'), '# Spelling benchmark\n\nNot a note.\n');
  const r = await runHost({ n: 'spelling', ws, ext, tests, builtAt });
  const { cold, suggestions, warm } = r;
  const longest = (xs) => (xs.length ? Math.max(...xs) : undefined);
  const gaps = (g) => {
    const mine = g.filter((x) => x.extensionMs > 0);
    const others = g.filter((x) => x.extensionMs === 0);
    if (g.length === 0) return 'none';
    return `${g.length}: ${mine.length ? `${mine.map((x) => `${fmt(x.ms)} around ${x.calls.join(' + ')}`).join('; ')}` : 'none around the extension\'s calls'}` +
      (others.length ? `; ${others.length} with no extension code running (${others.map((x) => `${fmt(x.ms)}, ${fmt(x.hostCpuMs)} host CPU`).join('; ')})` : '');
  };
  const task = (wall, cpu) => `${fmt(longest(wall))} (${fmt(longest(cpu))} CPU)`;
  const rows = [
    '| What | Time | Longest task of the extension on the host thread | Timer gaps > 50 ms on the host thread | Max gap / event-loop delay max |',
    '|---|---:|---:|---|---:|',
    `| Open the draft (dictionary cold) until its spelling findings (${cold.words.join(', ')}) | ${fmt(cold.openToFindingsMs)} (in the worker: word lists read ${fmt(cold.dictionaryLoadMs)}) | ${task(cold.hostChecks, cold.hostChecksCpu)} | ${gaps(cold.longGaps)} | ${fmt(cold.maxGapMs)} / ${fmt(cold.loopDelayMaxMs)} |`,
    `| Type a new unknown word until its finding with suggestions (300 ms typing debounce included) | ${fmt(suggestions.editToFindingMs)} (in the worker: ${fmt(suggestions.workerCheckMs)}) | ${task(suggestions.hostChecks, suggestions.hostChecksCpu)} | ${gaps(suggestions.longGaps)} | ${fmt(suggestions.maxGapMs)} / ${fmt(suggestions.loopDelayMaxMs)} |`,
  ];
  const text = `${SECTION}

Measured ${new Date().toISOString().slice(0, 10)} with \`${COMMAND}\` (extension built ${builtAt.toISOString().slice(0, 16).replace('T', ' ')} UTC), in the offline VS Code host of \`scripts/test-host.mjs\` (extension host on Node ${r.hostNode}); the benchmark is \`bench/host/spelling.ts\` on one note with a ${warm.draftWords}-word thank-you draft and three misspellings. Machine: ${machine()}; other engineers' builds and tests shared its 2 cores during the run, so CPU times are quoted next to wall times.

${rows.join('\n')}

- Spelling and grammar run in a worker thread (\`dist/spellWorker.js\`, started by the first draft checked: ${r.workerAtActivation} workers at activation; \`new Worker()\` took ${r.workerStartMs.map(fmt).join(', ')} on the host thread). The host thread lints everything else and posts the drafts' text; the worker reads the word lists, checks, suggests, and answers with findings (and, from issue 17 on, loads Harper on the first draft and answers a second time with its grammar findings).
- **Longest task of the extension**: \`EtiquetteChecker.check\` timed on the host thread (every rule but spelling and grammar, then a message to the worker), wall and CPU time. Before the first check of a session, the drafting part of the core is loaded in a task of its own and its rules run once on a small built-in sample in another (their first run compiles patterns and tables: 36–66 ms when it was part of the first check), so the first check itself is short; after typing it is a few milliseconds.
- **Timer gaps**: intervals between two ticks of a \`setInterval(…, 10)\` in the extension host over 50 ms, with the extension's calls that ran inside them; for the others, the host thread's CPU time inside the gap (\`process.threadCpuUsage\`) says whether the thread was busy (other extensions, VS Code) or waiting for a core (the machine's load). **Event-loop delay max**: \`monitorEventLoopDelay({ resolution: 10 })\` over the same window.
- **Re-checking the unchanged ${warm.draftWords}-word draft** (20 times, dictionary loaded, suggestions cached; the draft's body is about 200 words, the count includes the subject and signature): spelling and grammar in the worker median ${fmt(warm.worker.medianMs)} wall time (max ${fmt(warm.worker.maxMs)})${warm.workerCpu ? `, median ${fmt(warm.workerCpu.medianMs)} CPU time of the worker thread (max ${fmt(warm.workerCpu.maxMs)})` : ''}; on the host thread (every other rule) median ${fmt(warm.hostThread.medianMs)} (max ${fmt(warm.hostThread.maxMs)})${warm.hostThreadCpu ? `, ${fmt(warm.hostThreadCpu.medianMs)} CPU time (max ${fmt(warm.hostThreadCpu.maxMs)})` : ''}; from the check to the published findings median ${fmt(warm.roundTrip.medianMs)}.
- Before the worker (as measured for issue 9), checking a draft blocked the host 0.2–0.9 s while the Hunspell dictionary loaded and 1–2 s while suggestions for an unknown word were computed.
`;
  console.log(`\n${text}`);
  if (writeDoc) {
    writeSection(join(root, 'docs', 'benchmarks.md'), SECTION, text);
    console.error(`\nWrote the "${SECTION.slice(3)}" section of docs/benchmarks.md`);
  }
}
