// `npm run bench`: runs every tests/bench/*.bench.ts in its own process (so peak memory is per benchmark)
// and prints their JSON result lines together at the end.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const benchDir = path.dirname(new URL(import.meta.url).pathname);
const only = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();
const results: unknown[] = [];
for (const file of files) {
  console.log(`\n== ${file}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(benchDir, file)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(run.stdout);
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  try {
    results.push(JSON.parse(last));
  } catch {
    results.push({ bench: file, error: `exit ${run.status}: no JSON result` });
  }
}
console.log('\n== summary');
for (const result of results) console.log(JSON.stringify(result));
