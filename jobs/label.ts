// CLI: files or folders (txt, md, html, pdf, docx) → one JSON line (or table rows) of stance statements per document.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { extractDocuments } from '../lib/pipeline/extract/index';
import { labelDocument } from '../lib/pipeline/stance/label';
import { DEFAULT_TOPICS, parseTopicDefinition, type TopicDefinition } from '../lib/topics/topic';

const EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx', '.text']);

const argsSchema = z.object({
  format: z.enum(['jsonl', 'table']),
  topicFile: z.string().nullable(),
  paths: z.array(z.string().min(1)).min(1, 'give at least one file or folder'),
});

function parseArgs(argv: string[]) {
  let format = 'jsonl';
  let topicFile: string | null = null;
  const paths: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--format') format = argv[++index] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg === '--topic') topicFile = argv[++index] ?? null;
    else paths.push(arg);
  }
  return argsSchema.parse({ format, topicFile, paths });
}

async function listFiles(target: string): Promise<string[]> {
  const info = await stat(target);
  if (info.isFile()) return [target];
  const entries = await readdir(target, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((entry) => {
        const full = path.join(target, entry.name);
        if (entry.isDirectory()) return listFiles(full);
        return Promise.resolve(EXTENSIONS.has(path.extname(entry.name).toLowerCase()) ? [full] : []);
      }),
  );
  return nested.flat();
}

function toTableRows(file: string, title: string, statements: ReturnType<typeof labelDocument>): string[] {
  if (statements.length === 0) return [`${file}\t${title.slice(0, 60)}\t(no statements)`];
  return statements.map((s) =>
    [
      file,
      s.actor.name,
      s.actor.country ?? '-',
      s.stance,
      s.score.toFixed(2),
      s.confidence.toFixed(2),
      s.date ?? '-',
      s.evidence.sentence.replace(/\s+/g, ' ').slice(0, 120),
    ].join('\t'),
  );
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const topic: TopicDefinition = args.topicFile
    ? parseTopicDefinition(JSON.parse(await readFile(args.topicFile, 'utf8')))
    : DEFAULT_TOPICS[0]!;
  let failures = 0;
  for (const target of args.paths) {
    let files: string[];
    try {
      files = await listFiles(target);
    } catch (error) {
      console.error(`${target}: ${error instanceof Error ? error.message : String(error)}`);
      failures += 1;
      continue;
    }
    for (const file of files) {
      const result = await extractDocuments({ bytes: new Uint8Array(await readFile(file)), fileName: path.basename(file) });
      if (!result.ok) {
        console.error(`${file}: ${result.error}`);
        failures += 1;
        continue;
      }
      for (const document of result.documents) {
        const statements = labelDocument(
          { title: document.title, text: document.text, published: document.published, datePrecision: document.datePrecision },
          topic,
        );
        if (args.format === 'table') {
          for (const row of toTableRows(file, document.title, statements)) console.log(row);
          continue;
        }
        console.log(
          JSON.stringify({
            file,
            title: document.title,
            published: document.published,
            datePrecision: document.datePrecision,
            statements: statements.map((s) => ({
              actor: s.actor.name,
              actorType: s.actor.type,
              country: s.actor.country,
              stance: s.stance,
              score: s.score,
              confidence: s.confidence,
              evidence: s.evidence.sentence,
              date: s.date,
              datePrecision: s.datePrecision,
            })),
          }),
        );
      }
    }
  }
  if (failures > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(
    error instanceof z.ZodError
      ? `usage: npm run label -- [--format jsonl|table] [--topic topic.json] <file-or-dir>...\n${error.issues.map((issue) => issue.message).join('\n')}`
      : error instanceof Error
        ? error.message
        : error,
  );
  process.exit(1);
});
