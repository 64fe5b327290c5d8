// Harper (harper.js, Apache-2.0: Harper's WebAssembly build) as the grammar engine of the spelling
// worker: loaded on first use, from the .wasm file next to the bundle (the build copies it to
// dist/harper/) or in node_modules, with LocalLinter (its WorkerLinter is for browsers). Fed the
// drafts' prose only (grammarText: no headings, lists of details, code or signature), with the
// rules that raised false alarms on real job emails switched off (bench/grammar-corpus/ENGINES.md).
// Spelling stays with the word lists (Harper's SpellCheck is off): they know names and terms.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createBinaryModuleFromUrl, Dialect, LocalLinter, SuggestionKind, type LintConfig } from 'harper.js';
import type { EngineIssue } from '../core/etiquette/check';

/**
 * Rules switched off: each raised false alarms on the clean emails of the corpus and found nothing,
 * or is a matter of style; LongSentences also hides the slips inside a long sentence (Harper keeps
 * one lint where two overlap). MassNouns reads "an opening" (a vacancy, in every other job email)
 * as a mass noun with an article.
 */
export const HARPER_CONFIG: LintConfig = {
  SpellCheck: false, LongSentences: false, NoFrenchSpaces: false, OxfordComma: false, CondenseAllThe: false,
  TillDate: false, MissingDeterminer: false, ExpandForward: false, EllipsisLength: false, AvoidAndAlso: false,
  OkToOkay: false, USUniversities: false, PronounKnew: false, PossessiveYour: false, DisjointPrefixes: false,
  CompoundNouns: false, MassNouns: false,
};

// harper.js ships a full and a slim build: on the corpus they find exactly the same slips, and the
// slim one loads in ~30 MB less (bench/grammar-corpus, docs/benchmarks.md).
const WASM = 'harper_wasm_slim_bg.wasm';

/** The wasm binary: dist/harper/ next to the bundle, else harper.js's own in a node_modules above `from`. */
export function harperWasmPath(from: string = __dirname): string | undefined {
  const bundled = join(from, 'harper', WASM);
  if (existsSync(bundled)) return bundled;
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', 'harper.js', 'dist', WASM);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

export class HarperGrammar {
  private constructor(private readonly linter: LocalLinter, readonly loadMs: number) {}

  /** Compiles the wasm and builds Harper's dictionary (1.5–6 s on a loaded 2-core machine). */
  static async load(british: boolean, from?: string): Promise<HarperGrammar> {
    const started = performance.now();
    const wasm = harperWasmPath(from);
    if (!wasm) throw new Error(`grammar: ${WASM} is missing (neither next to the bundle nor in node_modules/harper.js)`);
    const linter = new LocalLinter({ binary: createBinaryModuleFromUrl(pathToFileURL(wasm).href, 'slim'), dialect: british ? Dialect.British : Dialect.American });
    await linter.setup();
    await linter.setLintConfig(HARPER_CONFIG);
    return new HarperGrammar(linter, performance.now() - started);
  }

  /**
   * Harper's slips in one draft's grammar text, as offsets into it (UTF-16, as JavaScript counts).
   * A typographic apostrophe is read as a straight one (same length): Harper misses "it’s" otherwise.
   */
  async issues(text: string): Promise<EngineIssue[]> {
    const organized = await this.linter.organizedLints(text.replace(/’/g, "'"), { language: 'markdown' });
    const issues: EngineIssue[] = [];
    for (const [rule, lints] of Object.entries(organized)) {
      for (const lint of lints) {
        const span = lint.span();
        const problem = text.slice(span.start, span.end);
        const expected: string[] = [];
        for (const s of lint.suggestions()) {
          const replacement = s.get_replacement_text();
          const kind = s.kind();
          const fix = kind === SuggestionKind.Remove ? '' : kind === SuggestionKind.InsertAfter ? problem + replacement : replacement;
          if (!expected.includes(fix)) expected.push(fix);
          s.free();
        }
        issues.push({ start: span.start, end: span.end, expected, message: lint.message(), source: rule });
        span.free();
        lint.free();
      }
    }
    return issues.sort((a, b) => a.start - b.start);
  }

  dispose(): void {
    void this.linter.dispose();
  }
}
