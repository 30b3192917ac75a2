/**
 * Input validation at the HTTP boundary: zod schemas for query strings and
 * bodies, and one `parseInput` that turns zod issues into an
 * InvalidInputError (400) naming each bad field.
 */
import { z } from 'zod';
import { InvalidInputError } from '../errors.js';
import { ACTOR_KINDS, INTERACTION_TYPES } from '../extract/types.js';

export function parseInput<T extends z.ZodType>(schema: T, data: unknown): z.output<T> {
  const parsed = schema.safeParse(data ?? {});
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) => ({
    field: i.path.join('.') || '(input)',
    message: i.message,
  }));
  const summary = details.map((d) => `${d.field}: ${d.message}`).join('; ');
  throw new InvalidInputError(`Invalid input: ${summary}`, details);
}

/** A comma-separated list in a query string (repeated keys are accepted too). */
function csv<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) =>
      (Array.isArray(v) ? v : v === undefined ? [] : [v])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    )
    .pipe(z.array(item).max(100));
}

const text = (max: number) => z.string().trim().min(1).max(max);
/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': the precisions event dates come in. */
export const isoDate = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'a date YYYY, YYYY-MM or YYYY-MM-DD',
  );
const int = (min: number, max: number, def: number) =>
  z.coerce.number().int().min(min).max(max).default(def);
const actorId = text(300);

export const interactionType = z.enum(INTERACTION_TYPES);
export const actorKind = z.enum(ACTOR_KINDS);

export const graphQuery = z
  .object({
    types: csv(interactionType),
    topics: csv(text(100)),
    kinds: csv(actorKind),
    from: isoDate.optional(),
    to: isoDate.optional(),
    limit: int(1, 200_000, 50_000),
  })
  .refine((q) => !q.from || !q.to || q.from.slice(0, q.to.length) <= q.to.slice(0, q.from.length), {
    message: 'from must not be after to',
    path: ['from'],
  });
export type GraphQuery = z.output<typeof graphQuery>;

export const searchQuery = z.object({
  q: text(200),
  kinds: csv(actorKind),
  limit: int(1, 50, 10),
});

export const actorParams = z.object({ id: actorId });
export const actorQuery = z.object({ limit: int(1, 1000, 200) });
export const eventParams = z.object({ id: text(300) });

export const whoSpokeQuery = z.object({
  topic: text(100),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: int(1, 500, 100),
});
/** Actor parameters of path questions take a name, an alias or an id (case-insensitive). */
export const shortestQuery = z.object({
  source: actorId,
  target: actorId,
  types: csv(interactionType),
});
export const timeRespectingQuery = z.object({
  source: actorId,
  target: actorId,
  topic: text(100),
});
export const intermediariesQuery = z.object({ source: actorId, target: actorId });

export const cypherBody = z.object({
  query: text(20_000),
  params: z.record(z.string(), z.unknown()).optional(),
});

export const ingestPreviewBody = z.object({
  text: z
    .string()
    .min(1)
    .max(5 * 1024 * 1024),
  filename: z
    .string()
    .max(200)
    .regex(/^[\w .()-]+$/, 'a plain file name')
    .optional(),
});
export const ingestCommitBody = z.object({ previewId: z.string().uuid() });
