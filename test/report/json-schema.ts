// A small JSON Schema (draft-04) validator for the SARIF 2.1.0 schema vendored beside it: only
// the keywords that schema uses, and it throws on any other keyword so it can never pass a
// document by silently ignoring a rule it does not know.
type Schema = Record<string, unknown>;

const KNOWN = new Set([
  '$schema', '$id', 'id', 'title', 'description', 'default', 'definitions',
  'type', '$ref', 'properties', 'additionalProperties', 'required', 'items', 'minItems', 'uniqueItems',
  'minimum', 'maximum', 'pattern', 'format', 'enum', 'anyOf', 'oneOf',
]);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

export function validate(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const resolve = (ref: string): Schema => {
    if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
    return ref.slice(2).split('/').reduce<any>((o, k) => o[k], root) as Schema;
  };
  const check = (schema: Schema, v: unknown, path: string): void => {
    for (const k of Object.keys(schema)) if (!KNOWN.has(k)) throw new Error(`unsupported keyword ${k} at ${path}`);
    if (typeof schema.$ref === 'string') return check(resolve(schema.$ref), v, path);
    const t = typeOf(v);
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!types.some((x) => x === t || (x === 'number' && t === 'integer'))) errors.push(`${path}: expected ${types.join('|')}, got ${t}`);
    }
    if (schema.enum && !(schema.enum as unknown[]).some((e) => JSON.stringify(e) === JSON.stringify(v))) errors.push(`${path}: ${JSON.stringify(v)} not in enum`);
    if (typeof v === 'number') {
      if (typeof schema.minimum === 'number' && v < schema.minimum) errors.push(`${path}: ${v} < minimum ${schema.minimum}`);
      if (typeof schema.maximum === 'number' && v > schema.maximum) errors.push(`${path}: ${v} > maximum ${schema.maximum}`);
    }
    if (typeof v === 'string') {
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(v)) errors.push(`${path}: does not match ${schema.pattern}`);
      if (schema.format === 'uri' && !/^[a-z][a-z0-9+.-]*:/i.test(v)) errors.push(`${path}: not an absolute URI`);
      if (schema.format === 'uri-reference' && /[\s\\]/.test(v)) errors.push(`${path}: not a URI reference`);
    }
    if (Array.isArray(v)) {
      if (typeof schema.minItems === 'number' && v.length < schema.minItems) errors.push(`${path}: fewer than ${schema.minItems} items`);
      if (schema.uniqueItems && new Set(v.map((x) => JSON.stringify(x))).size !== v.length) errors.push(`${path}: items not unique`);
      if (schema.items) v.forEach((x, i) => check(schema.items as Schema, x, `${path}[${i}]`));
    }
    if (t === 'object') {
      const obj = v as Record<string, unknown>;
      for (const r of (schema.required as string[] | undefined) ?? []) if (!(r in obj)) errors.push(`${path}: missing ${r}`);
      const props = (schema.properties as Record<string, Schema> | undefined) ?? {};
      for (const [k, x] of Object.entries(obj)) {
        if (props[k]) check(props[k], x, `${path}.${k}`);
        else if (schema.additionalProperties === false) errors.push(`${path}: unexpected property ${k}`);
        else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') check(schema.additionalProperties as Schema, x, `${path}.${k}`);
      }
    }
    const branches = (list: unknown) => (list as Schema[]).map((s) => {
      const before = errors.length;
      check(s, v, path);
      return errors.splice(before).length === 0;
    });
    if (schema.anyOf && !branches(schema.anyOf).some(Boolean)) errors.push(`${path}: matches no anyOf branch`);
    if (schema.oneOf && branches(schema.oneOf).filter(Boolean).length !== 1) errors.push(`${path}: does not match exactly one oneOf branch`);
  };
  check(root, value, '$');
  return errors;
}
