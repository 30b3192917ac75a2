/**
 * `kg` command-line entry: `kg <command> [args]`. Each command lives in
 * src/cli/commands/<command>.ts and exports `run(args: string[]): Promise<number>`
 * returning the exit status, plus a one-line `summary`.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Command {
  summary: string;
  run(args: string[]): Promise<number>;
}

const commandsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'commands');

async function listCommands(): Promise<string[]> {
  const files = await readdir(commandsDir);
  return files
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const names = await listCommands();
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const lines = ['Usage: kg <command> [options]', '', 'Commands:'];
    for (const n of names) {
      const mod = (await import(path.join(commandsDir, `${n}.ts`))) as Command;
      lines.push(`  ${n.padEnd(10)} ${mod.summary}`);
    }
    console.log(lines.join('\n'));
    return name ? 0 : 1;
  }
  if (!names.includes(name)) {
    console.error(`kg: unknown command "${name}". Commands: ${names.join(', ')}`);
    return 2;
  }
  const mod = (await import(path.join(commandsDir, `${name}.ts`))) as Command;
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`kg: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
