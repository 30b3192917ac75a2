/**
 * The one configuration module: every environment variable the app reads is
 * declared, defaulted and validated here, and nowhere else.
 */
import { z } from 'zod';
import { ConfigError } from './errors.js';

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
const memorySize = z.string().regex(/^\d+[kmgKMG]?$/, 'a size such as 512m or 2g');

/** Variable name → schema. Exported so tests can check docker-compose.yml against it. */
export const configSchema = {
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'a bolt:// or neo4j:// URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'at least 8 characters').optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HTTP_PORT: port.default(7474),
  NEO4J_HEAP_SIZE: memorySize.default('1g'),
  NEO4J_PAGECACHE_SIZE: memorySize.default('512m'),
  NEO4J_LOCAL_DIR: z.string().min(1).default('.neo4j-local'),
  PORT: port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  KG_INGEST_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  KG_QUERY_TIMEOUT_MS: positiveInt.default(5000),
  KG_QUERY_ROW_CAP: positiveInt.default(1000),
  KG_LOAD_SEEDS: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  KG_SEEDS_DIR: z.string().min(1).default('seeds'),
} as const;

const schema = z.object(configSchema);
export type Config = z.infer<typeof schema>;
export const CONFIG_VARIABLES = Object.keys(configSchema) as (keyof typeof configSchema)[];

/** Parses the environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const picked: Record<string, string> = {};
  for (const name of CONFIG_VARIABLES) {
    const value = env[name];
    if (value !== undefined && value !== '') picked[name] = value;
  }
  const parsed = schema.safeParse(picked);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** Connection settings for the driver, once the URI and password are known. */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** The user's own server when NEO4J_URI is set; null means the local Neo4j. */
export function externalConnection(config: Config): Neo4jConnection | null {
  if (!config.NEO4J_URI) return null;
  if (!config.NEO4J_PASSWORD) {
    throw new ConfigError('NEO4J_PASSWORD must be set when NEO4J_URI is set');
  }
  return {
    uri: config.NEO4J_URI,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
  };
}
