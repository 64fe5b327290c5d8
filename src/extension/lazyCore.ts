// The parsers (gray-matter, js-yaml, yaml, date-fns) load with the first note, and remark only
// when a draft is written or checked, not at activation: esbuild keeps a `require` of a bundled
// module lazy, so activating in a workspace with no notes costs almost nothing.
import type * as CoreApi from './coreApi';
import type * as DraftingApi from './draftingApi';

let coreApi: typeof CoreApi | undefined;
let draftingApi: typeof DraftingApi | undefined;

export function core(): typeof CoreApi {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  coreApi ??= require('./coreApi') as typeof CoreApi;
  return coreApi;
}

export function drafting(): typeof DraftingApi {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  draftingApi ??= require('./draftingApi') as typeof DraftingApi;
  return draftingApi;
}
