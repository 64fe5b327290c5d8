// What the etiquette checker says about a draft: its rules, findings and fixes, and what it is
// given. Shared by the checker (check.ts) and the spelling and grammar findings (draftLanguage.ts).
import type { RuleSettings, Signature } from '../model/types';
import type { Edit } from './fixes';
import type { SpellingLists } from './spelling';

export type RuleId =
  | 'desperate' | 'too-long' | 'long-paragraph' | 'missing-name' | 'missing-contact'
  | 'placeholder' | 'no-detail' | 'channel' | 'too-early' | 'missing-subject'
  | 'spelling' | 'grammar' | 'repeated-word' | 'indefinite-article'
  | 'thank-and-interest' | 'good-candidate' | 'focus-on-offer' | 'adds-value';

/** An edit that resolves a finding: replace the range with text. Lines 1-based, columns 0-based, end exclusive. */
export interface FindingFix extends Edit {
  title: string;
}

/** A fix that is no edit: remember a word, or open a setting to fill. */
export type FindingAction =
  | { kind: 'add-word'; word: string; title: string }
  | { kind: 'open-setting'; setting: string; title: string }
  /** Select the finding's words, ready to type over (a slot the note cannot fill). */
  | { kind: 'select'; title: string };

/** Lines 1-based, columns 0-based, end exclusive: a range in the whole file text. */
export interface Finding {
  rule: RuleId;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** The preferred fix. */
  fix?: FindingFix;
  /** Other fixes, in order. */
  alternatives?: FindingFix[];
  actions?: FindingAction[];
  /** Replacement words (spelling, grammar). */
  suggestions?: string[];
  /** For spelling and grammar: which checker found it (a grammar kind of our rules, 'engine', 'spelling', …). */
  source?: string;
}


export interface LintOptions {
  now: Date;
  thankYouMaxWords: number;
  followUpMaxWords: number;
  paragraphMaxWords: number;
  settings: RuleSettings;
  /**
   * The word lists (read by an adapter, src/node/dictionary.ts), the user's own words and every
   * person, company and role of the notes folder (lower case); no lists: no spelling.
   */
  spelling?: { lists?: SpellingLists; words?: readonly string[]; world?: { has(word: string): boolean } };
  /** The user's signature: its name is a known word, its contact line a fix for missing-contact. */
  signature?: Signature;
}
