/** Prerequisite checks of the local Neo4j runner: a clear error when Java is missing. */
import { afterEach, describe, expect, it } from 'vitest';
import { PrerequisiteError } from '../errors.js';
import { findJava, freePort, localNeo4jStatus } from './local-neo4j.js';

const savedJavaHome = process.env.JAVA_HOME;
afterEach(() => {
  if (savedJavaHome === undefined) delete process.env.JAVA_HOME;
  else process.env.JAVA_HOME = savedJavaHome;
});

describe('local Neo4j prerequisites', () => {
  it('finds Java 17+ on this machine', () => {
    expect(findJava()).toMatch(/java$/);
  });

  it('explains what to install, and the Docker alternative, when Java is missing', () => {
    process.env.JAVA_HOME = '/nonexistent-jdk';
    expect(() => findJava()).toThrow(PrerequisiteError);
    expect(() => findJava()).toThrow(/Java 17\+ and Maven 3\.8\+[\s\S]*docker compose up/);
  });

  it('reports a home without a pid as not running', async () => {
    expect(await localNeo4jStatus('/nonexistent-neo4j-home')).toEqual({
      running: false,
      pid: null,
    });
  });

  it('finds free ports', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(1023);
  });
});
