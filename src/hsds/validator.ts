import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { iso6393 } from 'iso-639-3';
import { fromRoot, readJson } from './paths.js';
import { isPlainObject } from './profile.js';
import {
  COMPILED_NAMES,
  baseVersion,
  isCompiledName,
  loadCompiled,
  loadOfficialOpenApi,
  loadSchemas,
  type JsonSchema,
  type SchemaSet,
} from './schemas.js';

/** One validation problem, worded for people who fix data, not for schema authors. */
export interface SchemaProblem {
  /** Readable path such as `phones[0].number`; `(root)` for the value itself. */
  field: string;
  message: string;
  /** The JSON Schema keyword that failed (`required`, `enum`, `format`, ...). */
  keyword: string;
}

export interface HsdsValidator {
  readonly set: SchemaSet;
  /** Validates one object against `<name>.json` of the set (`service`, `phone`, ...). */
  validate(name: string, value: unknown): SchemaProblem[];
  /** Validates against a compiled schema: a list item or `service_with_definitions`. */
  validateCompiled(name: string, value: unknown): SchemaProblem[];
  /** Validates a list response against `Page` of the official openapi.json (`contents` must be an array). */
  validatePageEnvelope(value: unknown): SchemaProblem[];
  /** Validates a `GET /` response against the Open Referral UK validator's api_details schema. */
  validateApiRoot(value: unknown): SchemaProblem[];
}

export const MAX_PROBLEMS = 50;
const BASE_URI = 'https://hsds.local';

/** The `$id` under which a schema of a set is registered, so its relative `$ref`s resolve. */
export function schemaId(set: SchemaSet, name: string): string {
  return `${BASE_URI}/${set}/${name}.json`;
}

const ISO_639_CODES: ReadonlySet<string> = new Set(
  iso6393.flatMap((lang) => (lang.iso6391 ? [lang.iso6393, lang.iso6391] : [lang.iso6393])),
);

/** True for a lower-case ISO 639-1 or ISO 639-3 code (`es`, `spa`, `mam`, `quc`, `hat`). */
export function isIso639Code(code: string): boolean {
  return ISO_639_CODES.has(code);
}

const validators = new Map<SchemaSet, HsdsValidator>();

/**
 * The validator of a set. It is created once per set and compiles each schema
 * on first use, so validating many objects only pays for compilation once.
 */
export function createValidator(set: SchemaSet): HsdsValidator {
  let validator = validators.get(set);
  if (!validator) {
    validator = buildValidator(set);
    validators.set(set, validator);
  }
  return validator;
}

function newAjv(): Ajv2020 {
  // strict: false because HSDS schemas carry non-standard keywords (name, path, core, ...).
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  formatsModule.default(ajv);
  ajv.addFormat('iso639', { type: 'string', validate: isIso639Code });
  return ajv;
}

function buildValidator(set: SchemaSet): HsdsValidator {
  const ajv = newAjv();
  const schemas = loadSchemas(set);
  for (const [name, schema] of Object.entries(schemas)) {
    ajv.addSchema({ ...schema, $id: schemaId(set, name) });
  }
  const compiled = new Map<string, ValidateFunction>();
  const compile = (key: string, schema: () => JsonSchema): ValidateFunction => {
    let fn = compiled.get(key);
    if (!fn) {
      fn = ajv.compile({ ...schema(), $id: schemaId(set, key) });
      compiled.set(key, fn);
    }
    return fn;
  };

  return {
    set,
    validate(name, value) {
      if (!Object.hasOwn(schemas, name)) {
        throw new Error(`Unknown HSDS schema "${name}" in set "${set}"`);
      }
      const fn = ajv.getSchema(schemaId(set, name));
      if (!fn) throw new Error(`Schema "${name}" of set "${set}" did not compile`);
      return run(fn, value);
    },
    validateCompiled(name, value) {
      if (!isCompiledName(name)) {
        throw new Error(`Unknown compiled HSDS schema "${name}"; expected one of ${COMPILED_NAMES.join(', ')}`);
      }
      return run(compile(`compiled/${name}`, () => loadCompiled(set, name)), value);
    },
    validatePageEnvelope(value) {
      return run(compile('api/page', () => pageEnvelopeSchema(set)), value);
    },
    validateApiRoot(value) {
      const file = fromRoot('vendor', 'hsds', 'third-party', 'oruk-validator', 'Schemas', 'V3.0', 'api_details.json');
      return run(compile('api/api_details', () => readJson(file) as JsonSchema), value);
    },
  };
}

function pageEnvelopeSchema(set: SchemaSet): JsonSchema {
  const openapi = loadOfficialOpenApi(baseVersion(set));
  const components = isPlainObject(openapi.components) ? openapi.components : {};
  const page = isPlainObject(components.schemas) ? components.schemas.Page : undefined;
  if (!isPlainObject(page)) throw new Error('openapi.json has no #/components/schemas/Page');
  // Same shape as the list responses of openapi.json: Page plus a `contents` array.
  return { allOf: [page], properties: { contents: { type: 'array' } } };
}

function run(fn: ValidateFunction, value: unknown): SchemaProblem[] {
  return fn(value) ? [] : toProblems(fn.errors);
}

/** Turns Ajv errors into deduplicated problems, at most MAX_PROBLEMS of them. */
export function toProblems(errors: readonly ErrorObject[] | null | undefined): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    // An `if` error only says its `then` failed; that error is reported on its own.
    if (error.keyword === 'if') continue;
    const problem = { field: fieldOf(error), message: messageOf(error), keyword: error.keyword };
    const key = `${problem.field}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
    if (problems.length >= MAX_PROBLEMS) break;
  }
  return problems;
}

/** `/service_at_locations/1/location/latitude` → `service_at_locations[1].location.latitude`. */
export function pathOf(instancePath: string): string {
  if (instancePath === '') return '';
  return instancePath
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(appendSegment, '');
}

function appendSegment(path: string, segment: string): string {
  if (/^(0|[1-9]\d*)$/.test(segment)) return `${path}[${segment}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(segment)) return path ? `${path}.${segment}` : segment;
  return `${path}[${JSON.stringify(segment)}]`;
}

function fieldOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const child = params.missingProperty ?? params.additionalProperty ?? params.unevaluatedProperty;
  const path = pathOf(error.instancePath);
  const field = typeof child === 'string' ? appendSegment(path, child) : path;
  return field || '(root)';
}

const TYPE_NOUNS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean',
  array: 'an array',
  object: 'an object',
  null: 'null',
};

const FORMAT_LABELS: Record<string, string> = {
  iso639: 'ISO 639-1 or ISO 639-3 language code',
  email: 'email address',
  uri: 'URI',
};

const COMPARISONS: Record<string, string> = {
  '>=': 'at least',
  '<=': 'at most',
  '>': 'greater than',
  '<': 'less than',
};

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function messageOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
    case 'dependentRequired':
      return 'is required';
    case 'enum':
      return `must be one of: ${(params.allowedValues as unknown[]).map(show).join(', ')}`;
    case 'const':
      return `must be ${show(params.allowedValue)}`;
    case 'type': {
      const types = Array.isArray(params.type) ? params.type : String(params.type).split(',');
      return `must be ${types.map((t: string) => TYPE_NOUNS[t] ?? t).join(' or ')}`;
    }
    case 'format':
      return `must be a valid ${FORMAT_LABELS[String(params.format)] ?? String(params.format)}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${COMPARISONS[String(params.comparison)] ?? String(params.comparison)} ${show(params.limit)}`;
    case 'minLength':
      return `must be at least ${show(params.limit)} characters long`;
    case 'maxLength':
      return `must be at most ${show(params.limit)} characters long`;
    case 'minItems':
      return `must have at least ${show(params.limit)} items`;
    case 'maxItems':
      return `must have at most ${show(params.limit)} items`;
    case 'pattern':
      return `must match the pattern ${show(params.pattern)}`;
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return 'is not an allowed property';
    default:
      return error.message ?? `fails the "${error.keyword}" rule`;
  }
}
