// The channels `call` accepts, each with its input fields, read from the contract's zod
// schemas, so a new channel shows in `help` without anyone editing this file.
import { z } from 'zod';
import { contract } from '../shared/contract';

type Table = Record<string, { input: z.ZodType }>;

/** One line per channel: its name, then its input fields, `?` after each one that may be left out. */
export function describeChannels(table: Table = contract): string[] {
  const names = Object.keys(table);
  const width = Math.max(...names.map((name) => name.length));
  return names.map((name) => `${name.padEnd(width)}  ${fieldsOf(table[name]!.input)}`);
}

function fieldsOf(input: z.ZodType): string {
  if (!(input instanceof z.ZodObject)) return '{ … }';
  const fields = Object.entries(input.shape as Record<string, z.ZodType>).map(([key, field]) =>
    field.safeParse(undefined).success ? `${key}?` : key,
  );
  return fields.length ? `{ ${fields.join(', ')} }` : '{}';
}
