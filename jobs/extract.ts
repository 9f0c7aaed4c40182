// CLI: files or folders → one JSON line (or table row) per extracted article, through the ingestion extractor.
// npm run extract -- [--format jsonl|table] <file-or-dir>...
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { extractDocuments } from '../lib/pipeline/extract/index';

const argsSchema = z.object({
  format: z.enum(['jsonl', 'table']).default('jsonl'),
  paths: z.array(z.string().min(1)).min(1, 'give at least one file or folder'),
});

async function listFiles(target: string): Promise<string[]> {
  const info = await stat(target);
  if (!info.isDirectory()) return [target];
  const entries = await readdir(target, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

function toTableRow(fields: Array<string | null>): string {
  return fields.map((field) => (field ?? '-').replace(/\s+/g, ' ')).join('\t');
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { format: { type: 'string' } }, allowPositionals: true });
  const parsed = argsSchema.safeParse({ format: values.format, paths: positionals });
  if (!parsed.success) {
    console.error(
      `usage: npm run extract -- [--format jsonl|table] <file-or-dir>...\n${parsed.error.issues.map((i) => i.message).join('\n')}`,
    );
    process.exitCode = 2;
    return;
  }
  const { format, paths } = parsed.data;
  const write = (line: string) => process.stdout.write(`${line}\n`);
  if (format === 'table') write(toTableRow(['file', 'part', 'published', 'precision', 'source', 'lang', 'chars', 'title']));
  for (const target of paths) {
    let files: string[];
    try {
      files = await listFiles(target);
    } catch (error) {
      const message = `cannot read: ${error instanceof Error ? error.message : String(error)}`;
      write(
        format === 'jsonl'
          ? JSON.stringify({ file: target, error: message })
          : toTableRow([target, null, null, null, null, null, null, `ERROR ${message}`]),
      );
      continue;
    }
    for (const file of files) {
      let result;
      try {
        result = await extractDocuments({ bytes: new Uint8Array(await readFile(file)), fileName: path.basename(file) });
      } catch (error) {
        result = { ok: false as const, error: `cannot read: ${error instanceof Error ? error.message : String(error)}` };
      }
      if (!result.ok) {
        write(
          format === 'jsonl'
            ? JSON.stringify({ file, error: result.error })
            : toTableRow([file, null, null, null, null, null, null, `ERROR ${result.error}`]),
        );
        continue;
      }
      for (const doc of result.documents) {
        if (format === 'jsonl') {
          write(
            JSON.stringify({
              file,
              title: doc.title,
              published: doc.published,
              datePrecision: doc.datePrecision,
              dateSource: doc.dateSource,
              language: doc.language,
              text: doc.text,
            }),
          );
        } else {
          write(
            toTableRow([
              file,
              String(doc.partIndex),
              doc.published,
              doc.datePrecision,
              doc.dateSource,
              doc.language,
              String(doc.text.length),
              doc.title,
            ]),
          );
        }
      }
    }
  }
}

await main();
