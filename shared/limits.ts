/**
 * Limits shared by the forms in the client and the validation on the server,
 * so a value the UI accepts is never refused by the server and vice versa.
 * Lengths of user text are counted in Unicode code points.
 */
export const LIMITS = {
  /** A display name in the handshake and presence bar. */
  displayName: 60,
  /** A claim's short headline ("Western states claim munitions supply"). */
  summary: 280,
  /** Who makes the claim: "the Pentagon", "Yuri Ushakov". */
  attributedTo: 200,
  /** Free-text notes on a claim. */
  note: 10_000,
  /** The longest span of article text one claim may cover. */
  quote: 5_000,
  /** Characters of context stored on each side of a quote (Hypothesis uses 32). */
  quoteContext: 32,
  /**
   * The most context kept on each side when a repeated quote needs more to
   * be unique. Beyond it the stored position tells the occurrences apart
   * (a claim in a text of repeated passages once stored a 175,000-character suffix).
   */
  quoteContextMax: 256,
  /** Identifiers of articles and claims. */
  id: 64,
  /** Account passwords, in code points. */
  passwordMin: 10,
  passwordMax: 200,
  /** RFC 5321's limit for an address. */
  email: 254,
  /** A comment on a claim. */
  comment: 5_000,
  /** An evidence link and its title and note. */
  url: 2_000,
  evidenceTitle: 300,
  evidenceNote: 2_000,
  /** An article's title, and its byline or dateline. */
  articleTitle: 500,
  articleMeta: 300,
  /**
   * How much one claim and one article may hold, so that no one (a
   * compromised account, a runaway script) can bloat the workspace through
   * many small valid changes: `limit_reached` past these.
   */
  evidencePerClaim: 200,
  commentsPerClaim: 500,
  claimsPerArticle: 10_000,
  /** Suggested claims dismissed in one article (each kept as a short key on the article). */
  dismissedSuggestionsPerArticle: 1_000,
  /** An article's whole body text, in code points (a long feature is ~50,000). */
  articleBody: 200_000,
  /** A claim's public verdict explanation, as a published fact-check shows it. */
  explanation: 5_000,
  /** How long a password-reset link works: passed on the same day; a stolen one is worthless after this. */
  resetLinkHours: 24,
} as const;

/**
 * The largest request body (HTTP JSON) or socket packet the server accepts,
 * sized to the largest valid payload: an article body of LIMITS.articleBody
 * code points. Arabic letters are 2 UTF-8 bytes each (400 KB for a maximal
 * body); JSON escaping of quotes and newlines and the other fields stay well
 * inside the remaining room.
 */
export const MAX_REQUEST_BYTES = 1_000_000;

/** A workspace-wide claim search (`GET /api/claims/search?q=`), in code points. */
export const CLAIM_SEARCH_QUERY_MAX = 200;
