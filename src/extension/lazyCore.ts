// The parsers (gray-matter, yaml, date-fns) load with the first note, and remark and the
// spelling stack only when a draft is written or checked, not at activation: esbuild keeps a
// `require` of a bundled module lazy, so activating in a workspace with no notes costs almost
// nothing. coreBundle.ts and draftingBundle.ts list what each lazy part holds.
import type * as CoreBundle from './coreBundle';
import type * as DraftingBundle from './draftingBundle';

let coreBundle: typeof CoreBundle | undefined;
let draftingBundle: typeof DraftingBundle | undefined;

export function core(): typeof CoreBundle {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  coreBundle ??= require('./coreBundle') as typeof CoreBundle;
  return coreBundle;
}

export function drafting(): typeof DraftingBundle {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  draftingBundle ??= require('./draftingBundle') as typeof DraftingBundle;
  return draftingBundle;
}

/** Whether the drafting part is loaded (its first load is a task of its own; see EtiquetteChecker). */
export function draftingLoaded(): boolean {
  return draftingBundle !== undefined;
}
