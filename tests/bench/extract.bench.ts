// Benchmark: extraction over the dev pages (extract-dev + dates-dev) on one core → pages/s and peak RSS.
// npx tsx tests/bench/extract.bench.ts
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractDocuments } from '../../lib/pipeline/extract/index';

const DIRS = ['/work/shared/eval/extract-dev/pages', '/work/shared/eval/dates-dev/pages'];

async function main(): Promise<void> {
  const files = DIRS.filter((dir) => existsSync(dir)).flatMap((dir) => readdirSync(dir).map((name) => path.join(dir, name)));
  if (files.length === 0) {
    console.log('extract bench skipped: no dev pages found in /work/shared/eval');
    return;
  }
  let peakRss = process.memoryUsage().rss;
  let failures = 0;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  for (const file of files) {
    const result = await extractDocuments({ bytes: new Uint8Array(readFileSync(file)), fileName: path.basename(file) });
    if (!result.ok) failures++;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  // On a shared machine wall time includes waiting for the CPU; CPU time (all threads, GC included) does not.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const pagesPerSecond = files.length / seconds;
  const pagesPerCpuSecond = files.length / cpuSeconds;
  const peakRssMb = Math.round(peakRss / 1024 / 1024);
  console.log(
    `extract: ${files.length} pages in ${seconds.toFixed(1)} s = ${pagesPerSecond.toFixed(1)} pages/s (${pagesPerCpuSecond.toFixed(1)} per CPU second), ${failures} failed, peak RSS ${peakRssMb} MB`,
  );
  console.log(
    JSON.stringify({
      bench: 'extract',
      pages: files.length,
      pagesPerSecond: Math.round(pagesPerSecond * 10) / 10,
      pagesPerCpuSecond: Math.round(pagesPerCpuSecond * 10) / 10,
      peakRssMb,
    }),
  );
}

await main();
