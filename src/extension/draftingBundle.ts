// What the extension uses from the core for email drafts (remark included), loaded lazily
// through lazyCore.ts only when a draft is written or checked.
export { findDrafts } from '../core/drafts';
export { lintWithLanguageRequest, DEFAULT_LINT_OPTIONS } from '../core/etiquette';
export { draftSnippet } from '../core/draftTemplates';
export { detailsFromBody } from '../core/details';
export { buildMailto } from '../core/mailto';
