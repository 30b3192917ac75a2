/** docker-compose.yml cannot run here (no Docker engine): check it against the config module instead. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../src/config.js';

interface Service {
  image?: string;
  ports?: string[];
  environment?: Record<string, string | number>;
}
const compose = parse(readFileSync('docker-compose.yml', 'utf8')) as {
  services: Record<string, Service>;
};
const defaults = loadConfig({});
const neo4j = compose.services.neo4j!;
const app = compose.services.app!;

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 Community with a named data volume', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(readFileSync('docker-compose.yml', 'utf8')).toMatch(/neo4j-data:\/data/);
  });

  it('publishes the ports the config module defaults to', () => {
    expect(neo4j.ports).toContain(`\${NEO4J_HTTP_PORT:-${defaults.NEO4J_HTTP_PORT}}:7474`);
    expect(neo4j.ports).toContain(`\${NEO4J_BOLT_PORT:-${defaults.NEO4J_BOLT_PORT}}:7687`);
    expect(app.ports).toContain(`\${PORT:-${defaults.PORT}}:3000`);
    expect(app.environment?.PORT).toBe(3000);
  });

  it('gives the app only variables the config module knows, pointing at the neo4j service', () => {
    const names = Object.keys(app.environment ?? {});
    for (const n of names) expect(CONFIG_VARIABLES).toContain(n);
    expect(app.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(() =>
      loadConfig({ ...stringify(app.environment), NEO4J_PASSWORD: 'long-enough' }),
    ).not.toThrow();
  });

  it('takes the Neo4j password from the same variable for both services', () => {
    expect(String(neo4j.environment?.NEO4J_AUTH)).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:-.+\}$/);
    expect(String(app.environment?.NEO4J_PASSWORD)).toMatch(/^\$\{NEO4J_PASSWORD:-.+\}$/);
  });
});

function stringify(env: Record<string, string | number> = {}): Record<string, string> {
  // Compose substitutes ${VAR:-default}; take the default as a user without a .env would get it.
  return Object.fromEntries(
    Object.entries(env).map(([k, v]) => [k, String(v).replace(/^\$\{\w+:-(.*)\}$/, '$1')]),
  );
}
