import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Runs a script of this folder in a Node process of its own (so that it shares nothing with the bench's own CPU
 * and memory) and resolves to the JSON of its last line of output.
 */
export function runScript(
  script: string,
  args: string[],
  nodeFlags: string[] = [],
): Promise<Record<string, number>> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...nodeFlags, resolve(import.meta.dirname, script), ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) =>
      code === 0
        ? done(JSON.parse(output.trim().split('\n').at(-1) ?? '{}'))
        : fail(new Error(`${script} exited ${code}`)),
    );
  });
}
