import { z } from 'zod';

type Segment = PropertyKey;

/** The keys a config object accepts at `path` (an object's fields, or a record's enum keys), for "did you mean". */
export function knownKeysAt(schema: z.ZodType, path: readonly Segment[]): string[] {
  let node: z.ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    if (node === undefined) return [];
    node = unwrap(childOf(node, segment));
  }
  if (node instanceof z.ZodObject) return Object.keys(node.shape);
  if (node instanceof z.ZodRecord && node.keyType instanceof z.ZodEnum) return node.keyType.options.map(String);
  return [];
}

function childOf(node: z.ZodType, segment: Segment): z.ZodType | undefined {
  if (node instanceof z.ZodObject) {
    const shape: Record<string, z.ZodType> = node.shape;
    return shape[String(segment)];
  }
  if (node instanceof z.ZodRecord) return node.valueType as z.ZodType;
  if (node instanceof z.ZodArray) return node.element as z.ZodType;
  return undefined;
}

// Defaults and optionals wrap the schema that says which keys exist.
function unwrap(node: z.ZodType | undefined): z.ZodType | undefined {
  let current = node;
  while (current instanceof z.ZodDefault || current instanceof z.ZodPrefault || current instanceof z.ZodOptional) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}
