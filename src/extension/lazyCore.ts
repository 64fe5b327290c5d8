// The parsers (gray-matter, js-yaml, yaml, date-fns) are loaded on first use, not at
// activation: esbuild keeps a `require` of a bundled module lazy, so activating the
// extension in a workspace with no notes costs almost nothing.
import type * as CoreApi from './coreApi';

let loaded: typeof CoreApi | undefined;

export function core(): typeof CoreApi {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('./coreApi') as typeof CoreApi;
  return loaded;
}
