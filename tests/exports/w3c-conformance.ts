import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';

/**
 * The W3C Web Annotation model test suite (tests/fixtures/w3c-annotation-tests,
 * copied from ../shared/conformance under its W3C test-suite licence, see
 * license.md there) run with a draft-04 validator: each `.test` file lists
 * assertion schemas; each refers to the shared schemas in definitions/ by
 * id. Every assertion of the suite expects "valid".
 */
export const SUITE = fileURLToPath(new URL('../fixtures/w3c-annotation-tests/', import.meta.url));

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(SUITE, path), 'utf8'));

/** RFC 3339 date-time, as JSON Schema's "date-time" format means it. */
const DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;
/** An absolute URI (RFC 3986): a scheme, then no spaces or characters that URIs never hold. */
const URI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i;

export interface Assertion {
  path: string;
  title: string;
  validate: ValidateFunction;
}

export interface Failure {
  assertion: string;
  title: string;
  errors: string;
}

export function loadSuite() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('date-time', (s: string) => DATE_TIME.test(s) && !Number.isNaN(Date.parse(s)));
  ajv.addFormat('uri', (s: string) => URI.test(s));
  for (const file of readdirSync(join(SUITE, 'definitions')).filter((f) => f.endsWith('.json'))) ajv.addSchema(readJson(join('definitions', file)));
  const compiled = new Map<string, Assertion>();
  const assertion = (path: string): Assertion => {
    let a = compiled.get(path);
    if (!a) {
      const schema = readJson(path);
      const id = schema.id as string;
      const validate = (ajv.getSchema(id) as ValidateFunction | undefined) ?? ajv.compile(schema);
      compiled.set(path, (a = { path, title: String(schema.title ?? path), validate }));
    }
    return a;
  };
  /** The assertions a `.test` file lists (e.g. "annotations/annotationMusts.test"). */
  const assertions = (testFile: string): Assertion[] => (readJson(testFile).assertions as string[]).map(assertion);
  const check = (list: Assertion[], doc: unknown): Failure[] =>
    list.flatMap((a) => (a.validate(doc) ? [] : [{ assertion: a.path, title: a.title, errors: ajv.errorsText(a.validate.errors) }]));
  return { assertions, assertion, check };
}
