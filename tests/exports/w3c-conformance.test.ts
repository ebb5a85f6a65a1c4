import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { webAnnotations } from '../../shared/exports/w3c.ts';
import { SEED_ARTICLE_ID } from '../../server/seed/seed-article.ts';
import { buildFixture, EXPORTED_AT } from './fixture.ts';
import { loadSuite, SUITE } from './w3c-conformance.ts';

const suite = loadSuite();
const annotationMusts = suite.assertions('annotations/annotationMusts.test');
const db = buildFixture();
const exports = {
  seed: webAnnotations(db, { articleId: SEED_ARTICLE_ID, exportedAt: EXPORTED_AT }),
  workspace: webAnnotations(db, { exportedAt: EXPORTED_AT }),
};

function samples(kind: 'correct' | 'incorrect'): Array<[string, unknown]> {
  const dir = join(SUITE, 'tools/samples', kind);
  return readdirSync(dir).map((f) => {
    try {
      return [f, JSON.parse(readFileSync(join(dir, f), 'utf8'))];
    } catch {
      return [f, undefined];
    }
  });
}

describe('W3C Web Annotation test suite', () => {
  it('runs every MUST assertion of annotationMusts.test', () => {
    expect(annotationMusts).toHaveLength(54);
  });

  it.each(Object.entries(exports))('every annotation of the %s export passes every MUST assertion', (_name, collection) => {
    expect(collection.first.items.length).toBeGreaterThan(0);
    for (const annotation of collection.first.items) {
      expect({ id: annotation.id, failures: suite.check(annotationMusts, annotation) }).toEqual({ id: annotation.id, failures: [] });
    }
  });

  it.each(Object.entries(exports))('the %s collection and its page pass the collection and page MUST assertions', (_name, collection) => {
    expect(suite.check(suite.assertions('collections/collectionMusts.test'), collection)).toEqual([]);
    expect(suite.check(suite.assertions('collections/pages/pageMusts.test'), collection)).toEqual([]);
  });

  it('implements the optional features a fact-check annotation should have', () => {
    const pentagon = exports.seed.first.items.find((a) => a.id.endsWith('/claims/c-pentagon'))!;
    const implemented = [
      'annotations/3.3.1-annotationCreatedImplemented.json',
      'annotations/3.3.1-annotationModifiedImplemented.json',
      'annotations/3.3.1-annotationSingleCreatorImplemented.json',
      'annotations/3.3.5-annotationMotivationImplemented.json',
      'annotations/bodiesTargets/3.2.1-bodyFormat.json',
      'annotations/bodiesTargets/3.2.1-bodyLanguage.json',
      'annotations/bodiesTargets/3.2.1-bodyTextDirection.json',
      'annotations/bodiesTargets/3.3.5-bodyPurpose.json',
      'annotations/specificResource/4.2.4-textQuoteSelector.json',
      'annotations/specificResource/4.2.4-prefix.json',
      'annotations/specificResource/4.2.4-suffix.json',
      'annotations/specificResource/4.2.5-textPositionSelector.json',
    ].map(suite.assertion);
    expect(suite.check(implemented, pentagon)).toEqual([]);
  });

  // The validator itself: the suite's own samples.
  it('rejects every incorrect sample of the suite', () => {
    for (const [file, doc] of samples('incorrect')) {
      if (doc === undefined) continue; // "this is not json"
      expect(suite.check(annotationMusts, doc).length, file).toBeGreaterThan(0);
    }
  });

  it('accepts the correct annotation samples of the suite', () => {
    // Collections and pages are not annotations; Composite, List and Independents targets were dropped from the final model.
    const annotations = samples('correct').filter(([, doc]) => {
      const d = doc as { type?: unknown; target?: { type?: unknown } } | undefined;
      return d?.type === 'Annotation' && !['Composite', 'List', 'Independents'].includes(String(d.target?.type));
    });
    expect(annotations.length).toBeGreaterThan(30);
    for (const [file, doc] of annotations) expect(suite.check(annotationMusts, doc), file).toEqual([]);
  });
});
