// The pipeline page stays out of the activation path and within its CSP: the extension bundle
// holds no Chart.js, and the page's bundle evaluates no strings as code and writes no HTML
// strings. Reads what `npm run build` wrote (the unit tests run after it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

// Names Chart.js keeps after minification (scale ids and its easing table).
const CHART_JS = /"timeseries"[^]*easeOutBounce|easeOutBounce[^]*"timeseries"/;

test('bundles: Chart.js only in dist/webview/pipeline.js, never in dist/extension.js; no eval, no innerHTML', () => {
  const extension = readFileSync('dist/extension.js', 'utf8');
  const page = readFileSync('dist/webview/pipeline.js', 'utf8');
  assert.ok(CHART_JS.test(page), 'Chart.js is in the page bundle');
  assert.ok(!CHART_JS.test(extension), 'Chart.js is not in the extension bundle');
  assert.ok(!/\beval\(|new Function\(/.test(page), 'no eval in the page');
  assert.ok(!/\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML/.test(page), 'the page builds DOM nodes, never HTML strings');
});
