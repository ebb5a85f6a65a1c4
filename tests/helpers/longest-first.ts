import { statSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order test files start in: the slowest kinds first, across projects,
 * so that three workers end together instead of two idling while the last
 * long file runs. Vitest's own order (on a fresh clone, with no timings
 * cached) is project by project, larger files first, which started the
 * PostgreSQL project's long files last, and the axe files (two lines each,
 * the slowest of all) last among the browser files.
 *
 * Kinds, slowest first: the axe files, other browser files, server
 * integration files (each starts servers), then everything else; larger
 * files first within a kind.
 */
export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const kind = (id: string) => (/\/tests\/browser\/axe\.[a-z]+\.test\.ts$/.test(id) ? 0 : id.includes('/tests/browser/') ? 1 : id.includes('/tests/server/') ? 2 : 3);
    const size = (id: string) => statSync(id).size;
    return (await super.sort(files))
      .map((spec) => ({ spec, kind: kind(spec.moduleId), size: size(spec.moduleId) }))
      .sort((a, b) => a.kind - b.kind || b.size - a.size)
      .map(({ spec }) => spec);
  }
}
