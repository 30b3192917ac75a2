/** The config module: defaults, coercion and errors that name the bad variable. */
import { describe, expect, it } from 'vitest';
import { externalConnection, loadConfig } from './config.js';
import { ConfigError } from './errors.js';

describe('loadConfig', () => {
  it('gives defaults for an empty environment', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.NEO4J_BOLT_PORT).toBe(7687);
    expect(c.NEO4J_URI).toBeUndefined();
    expect(c.KG_LOAD_SEEDS).toBe(true);
  });

  it('coerces numbers and booleans', () => {
    const c = loadConfig({
      PORT: '8080',
      KG_LOAD_SEEDS: 'false',
      NEO4J_URI: 'neo4j+s://x.databases.neo4j.io',
    });
    expect(c.PORT).toBe(8080);
    expect(c.KG_LOAD_SEEDS).toBe(false);
    expect(c.NEO4J_URI).toBe('neo4j+s://x.databases.neo4j.io');
  });

  it('rejects a bad variable with a ConfigError naming it', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ NEO4J_URI: 'http://x' })).toThrow(/NEO4J_URI/);
    expect(() => loadConfig({ NEO4J_BOLT_PORT: '70000' })).toThrow(/NEO4J_BOLT_PORT/);
  });
});

describe('externalConnection', () => {
  it('is null without NEO4J_URI (the local Neo4j is used)', () => {
    expect(externalConnection(loadConfig({}))).toBeNull();
  });
  it('needs a password with NEO4J_URI', () => {
    expect(() => externalConnection(loadConfig({ NEO4J_URI: 'neo4j://db:7687' }))).toThrow(
      ConfigError,
    );
    expect(
      externalConnection(loadConfig({ NEO4J_URI: 'neo4j://db:7687', NEO4J_PASSWORD: 'secret-pw' })),
    ).toEqual({ uri: 'neo4j://db:7687', user: 'neo4j', password: 'secret-pw', database: 'neo4j' });
  });
});
