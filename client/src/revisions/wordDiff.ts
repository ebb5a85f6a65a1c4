import { diffArrays, diffWords, type ChangeObject } from 'diff';
import { PARAGRAPH_SEPARATOR } from '../../../shared/domain/article.ts';

export type DiffPiece = { kind: 'same' | 'added' | 'removed'; text: string };
/** One paragraph of the comparison: its runs of kept, added and removed words. */
export type DiffParagraph = DiffPiece[];

/**
 * Milliseconds the word diffs of one comparison may take in all: past them,
 * the passages left are shown removed and added whole. A rewrite of a very
 * long text must not hold the page (diffing runs on the page's thread).
 */
export const WORD_DIFF_BUDGET_MS = 400;

const kindOf = (c: ChangeObject<unknown>): DiffPiece['kind'] => (c.added ? 'added' : c.removed ? 'removed' : 'same');

/**
 * Word-level differences between two bodies, paragraph by paragraph. The
 * paragraphs are compared first, so only passages that changed are diffed
 * word by word (the cost follows the edit, not the article); words are the
 * ones Intl.Segmenter finds for the article's language, so Arabic words with
 * attached particles, diacritics or digits are compared whole.
 */
export function diffBodies(older: readonly string[], newer: readonly string[], lang: string, budgetMs = WORD_DIFF_BUDGET_MS): DiffParagraph[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  const deadline = performance.now() + budgetMs;
  const out: DiffParagraph[] = [];
  const parts = diffArrays([...older], [...newer]);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    // A removed passage beside an added one is an edit: diff its words.
    if ((part.removed && next?.added) || (part.added && next?.removed)) {
      const [removed, added] = part.removed ? [part.value, next!.value] : [next!.value, part.value];
      out.push(...wordsOf(removed, added, segmenter, deadline - performance.now()));
      i++;
    } else {
      for (const p of part.value) out.push([{ kind: kindOf(part), text: p }]);
    }
  }
  return out;
}

function wordsOf(removed: string[], added: string[], segmenter: Intl.Segmenter, timeout: number): DiffParagraph[] {
  const before = removed.join(PARAGRAPH_SEPARATOR);
  const after = added.join(PARAGRAPH_SEPARATOR);
  const changes = timeout > 0 ? diffWords(before, after, { intlSegmenter: segmenter, timeout }) : undefined;
  if (!changes) return [...removed.map((p): DiffParagraph => [{ kind: 'removed', text: p }]), ...added.map((p): DiffParagraph => [{ kind: 'added', text: p }])];
  // Pieces can span paragraph breaks: each break starts a new paragraph of the view.
  const paragraphs: DiffParagraph[] = [[]];
  for (const change of changes) {
    change.value.split(PARAGRAPH_SEPARATOR).forEach((text, k) => {
      if (k > 0) paragraphs.push([]);
      if (text !== '') paragraphs.at(-1)!.push({ kind: kindOf(change), text });
    });
  }
  return paragraphs.filter((p) => p.length > 0);
}

/** Runs of at least this many unchanged paragraphs are folded away, so the changes are in view. */
export const FOLD_UNCHANGED = 3;

export type DiffBlock = { kind: 'paragraph'; paragraph: DiffParagraph } | { kind: 'unchanged'; paragraphs: DiffParagraph[] };

/** The comparison with each long run of unchanged paragraphs made one foldable block; short runs stay as context. */
export function foldUnchanged(paragraphs: readonly DiffParagraph[]): DiffBlock[] {
  const blocks: DiffBlock[] = [];
  let run: DiffParagraph[] = [];
  const flush = () => {
    if (run.length >= FOLD_UNCHANGED) blocks.push({ kind: 'unchanged', paragraphs: run });
    else for (const paragraph of run) blocks.push({ kind: 'paragraph', paragraph });
    run = [];
  };
  for (const p of paragraphs) {
    if (p.every((piece) => piece.kind === 'same')) run.push(p);
    else {
      flush();
      blocks.push({ kind: 'paragraph', paragraph: p });
    }
  }
  flush();
  return blocks;
}

/** Whether any words differ (two revisions can carry the same text). */
export const hasChanges = (paragraphs: readonly DiffParagraph[]) => paragraphs.some((p) => p.some((piece) => piece.kind !== 'same'));
