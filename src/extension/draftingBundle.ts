// What the extension uses from the core for email drafts (remark included), loaded lazily
// through lazyCore.ts only when a draft is written or checked.
export { findDrafts } from '../core/drafts/sections';
export { lintWithLanguageRequest, DEFAULT_LINT_OPTIONS } from '../core/etiquette/check';
export { noteWorldWords } from '../core/etiquette/worldWords';
export { draftSnippet } from '../core/drafts/templates';
export { detailsFromBody } from '../core/drafts/details';
export { buildMailto } from '../core/drafts/mailto';
