/**
 * Re-validation after an edit without re-parsing the whole file: the text is cut into its YAML documents at the
 * `---` lines, each document is linted on its own (lintManifest is per document: no rule looks across documents)
 * and its problems are remembered by the document's text. After an edit only the documents whose text changed are
 * parsed again; the others' problems are moved to their new offsets. The result equals lintManifest(text) (a unit
 * test compares both on edited multi-document files). Texts with directives (`%YAML`) or `...` document-end
 * markers are linted whole; from a document with a YAML syntax error on (an open quote may run past a `---`),
 * the rest of the text is linted in one piece.
 */
import { lintManifest, lintManifestDetailed, type ManifestProblem } from './lintManifest';
import type { Lang } from './problemCodes';
import { splitYamlDocuments, type DocumentSlice } from './yamlAst';

export { splitYamlDocuments, type DocumentSlice };

interface LintedSlice extends DocumentSlice { result: { problems: ManifestProblem[]; syntaxError: boolean } }

/** A linter for one editor document: call lint() with each new text; unchanged documents are not parsed again. */
export class IncrementalLinter {
  private prev?: { text: string; lang: Lang; slices: LintedSlice[] };

  lint(text: string, lang: Lang = 'en'): ManifestProblem[] {
    const steps = this.lintSteps(text, lang);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * lint() in steps: yields after each document it had to lint, so that a host can spread the first validation of a
   * large file over several turns of its event loop. Run to the end, it returns what lint() returns; a run left
   * unfinished makes the next one start afresh.
   */
  *lintSteps(text: string, lang: Lang = 'en'): Generator<undefined, ManifestProblem[]> {
    const slices = this.reuse(text, lang) ?? splitYamlDocuments(text);
    this.prev = undefined;
    if (!slices || slices.length < 2) return lintManifest(text, { lang });
    const linted: LintedSlice[] = [];
    const out: ManifestProblem[] = [];
    for (const slice of slices) {
      let result = 'result' in slice ? (slice as LintedSlice).result : undefined;
      if (!result) {
        result = lintManifestDetailed(slice.text, { lang });
        yield;
      }
      if (result.syntaxError) {
        // What follows a syntax error may read differently in the whole text: lint from here to the end at once.
        for (const p of lintManifest(text.slice(slice.start), { lang })) out.push({ ...p, start: p.start + slice.start, end: p.end + slice.start });
        return out;
      }
      linted.push({ start: slice.start, text: slice.text, result });
      for (const p of result.problems) out.push({ ...p, start: p.start + slice.start, end: p.end + slice.start });
    }
    this.prev = { text, lang, slices: linted };
    return out;
  }

  /**
   * The new text's slices, keeping the linted ones the edit did not touch: the unchanged documents at the start and
   * at the end are found by comparing texts, and only the region between them (widened by one document on each
   * side, so that a `---` line made or broken by the edit is seen) is cut again.
   */
  private reuse(text: string, lang: Lang): DocumentSlice[] | undefined {
    const prev = this.prev;
    if (!prev || prev.lang !== lang) return undefined;
    const old = prev.slices;
    const delta = text.length - prev.text.length;
    // (slice + === is much faster than startsWith(…, position) on long strings in V8)
    const at = (o: DocumentSlice, start: number) => start >= 0 && text.slice(start, start + o.text.length) === o.text;
    let i = 0;
    while (i < old.length && at(old[i], old[i].start)) i++;
    if (i === old.length && delta === 0) return old;
    let j = old.length - 1;
    while (j >= i && at(old[j], old[j].start + delta)) j--;
    const first = Math.max(0, i - 1);
    const last = Math.min(old.length - 1, Math.max(j, i - 1) + 1);
    const regionStart = old[first].start;
    const regionEnd = old[last].start + old[last].text.length + delta;
    if (regionEnd < regionStart) return undefined;
    const region = splitYamlDocuments(text.slice(regionStart, regionEnd));
    if (!region) return undefined;
    // The widened neighbours usually come back unchanged: keep their results too.
    const known = new Map(old.slice(first, last + 1).map((o) => [o.text, o.result] as const));
    return [
      ...old.slice(0, first),
      ...region.map((r) => {
        const result = known.get(r.text);
        return result ? { start: r.start + regionStart, text: r.text, result } : { start: r.start + regionStart, text: r.text };
      }),
      ...old.slice(last + 1).map((o) => ({ ...o, start: o.start + delta })),
    ];
  }
}
