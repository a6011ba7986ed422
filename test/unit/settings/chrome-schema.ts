/**
 * The subset of JSON Schema that Chrome accepts for `storage.managed_schema`, as a small
 * checker for tests: which attributes a schema may use, and whether a policy value
 * satisfies it the way Chrome applies it (a value outside the schema is dropped).
 */
export interface ChromeSchema {
  readonly type: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';
  readonly title?: string;
  readonly description?: string;
  readonly properties?: Record<string, ChromeSchema>;
  readonly additionalProperties?: ChromeSchema;
  readonly items?: ChromeSchema;
  readonly enum?: ReadonlyArray<string | number>;
  readonly minimum?: number;
  readonly maximum?: number;
}

const ATTRIBUTES_BY_TYPE: Record<ChromeSchema['type'], readonly string[]> = {
  object: ['properties', 'additionalProperties', 'patternProperties', 'required'],
  array: ['items'],
  string: ['enum', 'pattern'],
  integer: ['enum', 'minimum', 'maximum'],
  number: [],
  boolean: [],
};
const COMMON = ['type', 'title', 'description', 'id', '$ref', 'sensitiveValue'];

/** Problems that would make Chrome reject the schema (and the extension fail to load). */
export function schemaProblems(schema: unknown, path = '$'): string[] {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return [`${path}: not an object`];
  const node = schema as Record<string, unknown>;
  const type = node.type as ChromeSchema['type'];
  if (!(type in ATTRIBUTES_BY_TYPE)) return [`${path}: unknown type ${String(node.type)}`];
  const problems: string[] = [];
  for (const key of Object.keys(node)) {
    if (!COMMON.includes(key) && !ATTRIBUTES_BY_TYPE[type].includes(key)) problems.push(`${path}: attribute "${key}" is not allowed for type ${type}`);
  }
  if (type === 'array') {
    if (!node.items) problems.push(`${path}: array without items`);
    else problems.push(...schemaProblems(node.items, `${path}[]`));
  }
  for (const [name, child] of Object.entries((node.properties as Record<string, unknown> | undefined) ?? {})) {
    problems.push(...schemaProblems(child, `${path}.${name}`));
  }
  if (node.enum !== undefined && (!Array.isArray(node.enum) || node.enum.length === 0)) problems.push(`${path}: enum must be a non-empty list`);
  return problems;
}

/** Where `value` breaks `schema`; [] when Chrome would accept it as is. */
export function valueProblems(value: unknown, schema: ChromeSchema, path = '$'): string[] {
  const fail = (why: string): string[] => [`${path}: ${why} (got ${JSON.stringify(value)})`];
  switch (schema.type) {
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('expected an object');
      const problems: string[] = [];
      for (const [key, inner] of Object.entries(value)) {
        const child = schema.properties?.[key] ?? schema.additionalProperties;
        if (!child) problems.push(`${path}.${key}: not in the schema`);
        else problems.push(...valueProblems(inner, child, `${path}.${key}`));
      }
      return problems;
    }
    case 'array':
      if (!Array.isArray(value)) return fail('expected a list');
      return value.flatMap((item, i) => valueProblems(item, schema.items!, `${path}[${i}]`));
    case 'string':
      if (typeof value !== 'string') return fail('expected a string');
      break;
    case 'boolean':
      if (typeof value !== 'boolean') return fail('expected true or false');
      break;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return fail('expected an integer');
      if (schema.minimum !== undefined && value < schema.minimum) return fail(`below ${schema.minimum}`);
      if (schema.maximum !== undefined && value > schema.maximum) return fail(`above ${schema.maximum}`);
      break;
    case 'number':
      if (typeof value !== 'number') return fail('expected a number');
      break;
  }
  if (schema.enum && !schema.enum.includes(value as string | number)) return fail(`expected one of ${schema.enum.join(', ')}`);
  return [];
}
