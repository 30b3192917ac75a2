/**
 * The OpenAPI 3.1 description of the API, served at /api/docs. Parameter and
 * body schemas are generated from the same zod schemas that validate
 * requests, so the document cannot drift from the checks.
 */
import { z } from 'zod';
import { ACTOR_KINDS, INTERACTION_TYPES } from '../extract/types.js';
import * as v from './validate.js';

type Json = Record<string, unknown>;

function jsonSchema(schema: z.ZodType): Json {
  const s = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  delete s.$schema;
  return s;
}

/** What the generated schemas cannot say (lists arrive comma-separated). */
const DESCRIPTIONS: Record<string, string> = {
  types: `comma-separated interaction types: ${INTERACTION_TYPES.join(', ')}`,
  kinds: `comma-separated actor kinds: ${ACTOR_KINDS.join(', ')}`,
  topics: 'comma-separated topics (lower-case), e.g. "peace conference,ceasefire"',
  from: 'first date, YYYY, YYYY-MM or YYYY-MM-DD (a month or year means its first day)',
  to: 'last date, YYYY, YYYY-MM or YYYY-MM-DD (a month or year means its last day)',
  source: 'actor name, alias or id (case-insensitive)',
  target: 'actor name, alias or id (case-insensitive)',
  q: 'search text; each word matches as a prefix',
  id: 'actor or event id, e.g. person:wang-yi',
};

function params(schema: z.ZodType, where: 'query' | 'path'): Json[] {
  const s = jsonSchema(schema);
  const props = (s.properties ?? {}) as Record<string, Json>;
  const required = new Set((s.required as string[] | undefined) ?? []);
  return Object.entries(props).map(([name, p]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: p,
    ...(DESCRIPTIONS[name] ? { description: DESCRIPTIONS[name] } : {}),
  }));
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const ok = (description: string) => ({
  description,
  content: { 'application/json': { schema: { type: 'object' } } },
});
const common = {
  '400': errorResponse('Invalid input (the message names each bad field)'),
  '503': errorResponse('Neo4j is not available'),
};

function get(summary: string, parameters: Json[], extra: Json = {}): Json {
  return { get: { summary, parameters, responses: { '200': ok(summary), ...common, ...extra } } };
}

export function openApiDocument(): Json {
  const auth = [{ ingestToken: [] }];
  return {
    openapi: '3.1.0',
    info: {
      title: 'Diplomacy knowledge graph API',
      version: '0.1.0',
      description:
        'Actors (persons, countries, organisations, groups) and their interactions, extracted from news articles, in Neo4j.',
    },
    paths: {
      '/api/health': get('Service and Neo4j status', [], { '503': errorResponse('Neo4j is down') }),
      '/api/graph': get(
        'Actors and typed interactions (one edge per event), filtered by types, topics, date range and actor kinds; most recent first up to limit',
        params(v.graphQuery, 'query'),
      ),
      '/api/search': get(
        'Full-text search (autocomplete) on actor names and aliases',
        params(v.searchQuery, 'query'),
      ),
      '/api/actors/{id}': get(
        'An actor: roles, and events with their evidence sentences and articles',
        [...params(v.actorParams, 'path'), ...params(v.actorQuery, 'query')],
        { '404': errorResponse('No such actor') },
      ),
      '/api/events/{id}': get('An event and all its reports', params(v.eventParams, 'path'), {
        '404': errorResponse('No such event'),
      }),
      '/api/paths/who-spoke-to-whom': get(
        'Who spoke to whom about a topic, optionally within dates; each answer a hop with evidence; the first `limit` answers (pairs first, in date order), with total and truncated',
        params(v.whoSpokeQuery, 'query'),
      ),
      '/api/paths/shortest': get(
        'Shortest paths between two actors (ids), optionally only through the given interaction types',
        params(v.shortestQuery, 'query'),
      ),
      '/api/paths/time-respecting': get(
        'Paths between two actors whose hop dates never go back in time, optionally on a topic',
        params(v.timeRespectingQuery, 'query'),
      ),
      '/api/paths/intermediaries': get(
        'Actors that connect two actors',
        params(v.intermediariesQuery, 'query'),
      ),
      '/api/cypher': {
        post: {
          summary: `Read-only Cypher: runs in a read transaction (writes fail with 403), with a time limit (408) and a row cap (truncated: true)`,
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(v.cypherBody) } },
          },
          responses: {
            '200': ok('columns, rows, truncated, graph {nodes, relationships}'),
            ...common,
            '403': errorResponse('The query tried to write'),
            '408': errorResponse('The query ran past its time limit'),
          },
        },
      },
      '/api/ingest/preview': {
        post: {
          summary:
            'Extract actors and interactions from an article (JSON {text, filename?} or the raw file as text/plain, text/markdown, text/html with ?filename=); nothing is written',
          security: auth,
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: jsonSchema(v.ingestPreviewBody) },
              'text/plain': { schema: { type: 'string' } },
              'text/markdown': { schema: { type: 'string' } },
              'text/html': { schema: { type: 'string' } },
            },
          },
          responses: {
            '200': ok('previewId and the extracted article'),
            ...common,
            '401': errorResponse('Missing or wrong token'),
            '403': errorResponse('Writes are disabled (no KG_INGEST_TOKEN on the server)'),
          },
        },
      },
      '/api/ingest/commit': {
        post: {
          summary: 'Write a previewed article to the graph',
          security: auth,
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(v.ingestCommitBody) } },
          },
          responses: {
            '201': ok('What was written'),
            ...common,
            '401': errorResponse('Missing or wrong token'),
            '403': errorResponse('Writes are disabled'),
            '404': errorResponse('No such preview (expired or already committed)'),
          },
        },
      },
    },
    components: {
      securitySchemes: { ingestToken: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object',
          properties: {
            error: {
              type: 'object',
              properties: {
                type: { type: 'string' },
                message: { type: 'string' },
                details: {},
              },
              required: ['type', 'message'],
            },
          },
        },
      },
    },
  };
}
