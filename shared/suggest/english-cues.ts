/**
 * English attribution cues. English reported speech puts the source first
 * ("the union claimed that ..."), after the quote ("“...,” said Lee"), or
 * after the content ("..., the commissioner said on Tuesday"); the content
 * follows "that", the verb itself, or an object ("accused the city of ...").
 *
 * Forms whose bare shape is mostly a noun are left out on purpose: "state"
 * and "states" ("the United States"), "report" ("a progress report"),
 * "estimate", "claim" as a noun is kept only in its verb forms "claims" and
 * "claimed" because "claims that" is how it is used in news.
 */

export type EnglishComplement =
  /** "that ..." or, failing it, the clause right after the verb. */
  | 'that'
  /** Only with "that": "found", "showed", "believe" without it are mostly not speech ("police found the car"). */
  | 'thatOnly'
  /** "told reporters that ...": an indirect object before "that"; without "that", no content. */
  | 'told'
  /** "accused X of ...", "estimated X at ...": the object starts the content. */
  | 'object';

export interface EnglishCue {
  complement: EnglishComplement;
}

const FORMS: Array<[EnglishComplement, string[]]> = [
  ['that', ['say', 'says', 'said', 'saying']],
  ['that', ['claims', 'claimed', 'claiming']],
  ['that', ['alleges', 'alleged', 'alleging']],
  ['that', ['denies', 'denied', 'denying']],
  ['that', ['stated']],
  ['that', ['announces', 'announced']],
  ['that', ['warns', 'warned', 'warning']],
  ['that', ['adds', 'added']],
  ['that', ['insists', 'insisted']],
  ['that', ['argues', 'argued']],
  ['that', ['confirms', 'confirmed']],
  ['that', ['predicts', 'predicted']],
  ['that', ['acknowledges', 'acknowledged']],
  ['that', ['admits', 'admitted']],
  ['that', ['noted']],
  ['that', ['reported']],
  ['that', ['contends', 'contended']],
  ['that', ['maintains', 'maintained']],
  ['that', ['expects', 'expect', 'expected', 'forecast', 'forecasts']],
  // "wrote in a 42-page opinion that", "ruling that": speech in writing and in a judgment, only with "that" ("wrote a letter").
  ['thatOnly', ['wrote', 'writes', 'ruled', 'ruling']],
  ['thatOnly', ['found', 'finds', 'showed', 'shows', 'believe', 'believes', 'believed', 'fear', 'fears', 'feared', 'concluded', 'suggested']],
  ['told', ['tells', 'told', 'telling']],
  ['object', ['accuses', 'accused', 'accusing']],
  ['object', ['estimates', 'estimated']],
];

const LEXICON = new Map<string, EnglishCue>();
for (const [complement, forms] of FORMS) for (const f of forms) LEXICON.set(f, { complement });

/** The cue a lower-cased word is, if any. */
export function englishCue(norm: string): EnglishCue | null {
  return LEXICON.get(norm) ?? null;
}

/** "according to": the only multi-word cue; a preposition, like بحسب. */
export function isAccordingTo(a: string | undefined, b: string | undefined): boolean {
  return a === 'according' && b === 'to';
}

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** Listeners named after "told" without "that" ("told Reuters the union ..."). */
export const LISTENERS = new Set(['reporters', 'journalists', 'lawmakers', 'parliament', 'congress', 'investors', 'us', 'him', 'her', 'them']);

/** A cue after an article is an adjective ("an estimated 20,000", "the alleged plot"), not speech. */
export const ARTICLES = new Set(['a', 'an', 'the']);

/** Words that start a time adjunct after a verb ("said on Tuesday", "said last week"). */
export const TIME_WORDS = new Set(['on', 'in', 'at', 'last', 'this', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'late', 'recently', 'previously', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Conjunctions that may stand between two attributions in one sentence. */
export const CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though']);
