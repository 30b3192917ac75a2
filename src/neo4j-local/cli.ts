/**
 * `npm run neo4j:start | neo4j:stop | neo4j:status`: the local Neo4j built
 * from Maven Central, configured from the same environment as the app.
 */
import { loadConfig } from '../config.js';
import { KgError } from '../errors.js';
import {
  localNeo4jOptions,
  localNeo4jStatus,
  localPassword,
  startLocalNeo4j,
  stopLocalNeo4j,
} from './local-neo4j.js';

async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  const home = config.NEO4J_LOCAL_DIR;
  switch (command) {
    case 'start': {
      const info = await startLocalNeo4j(localNeo4jOptions(config, (l) => console.log(l)));
      console.log(
        [
          'Neo4j is running.',
          `  Bolt:          ${info.boltUri}`,
          `  Neo4j Browser: ${info.browserUrl}`,
          `  User:          ${info.user}`,
          `  Password:      ${info.password}`,
          `  Home:          ${info.home} (pid ${info.pid})`,
        ].join('\n'),
      );
      return 0;
    }
    case 'stop':
      console.log((await stopLocalNeo4j(home)) ? 'Neo4j stopped.' : 'Neo4j was not running.');
      return 0;
    case 'status': {
      const s = await localNeo4jStatus(home);
      if (!s.running) {
        console.log('Neo4j is not running (npm run neo4j:start starts it).');
        return 3;
      }
      console.log(
        `Neo4j is running (pid ${s.pid}): bolt://localhost:${config.NEO4J_BOLT_PORT}, ` +
          `http://localhost:${config.NEO4J_HTTP_PORT}/browser/, user neo4j, password ${await localPassword(home, config.NEO4J_PASSWORD)}`,
      );
      return 0;
    }
    default:
      console.error('Usage: tsx src/neo4j-local/cli.ts start|stop|status');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(err instanceof KgError ? err.message : err);
    process.exitCode = 1;
  },
);
