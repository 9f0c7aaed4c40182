// CLI: a labelled gold set (dev format) → micro/per-stance/macro F1 on (country, stance) pairs and actor-level scores.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { labelDocument, LABELER_VERSION } from '../lib/pipeline/stance/label';
import { DEFAULT_TOPICS } from '../lib/topics/topic';
import type { LabeledStatement } from '../lib/domain/stance';

const STANCES = ['support', 'oppose', 'neutral'] as const;

const goldEntrySchema = z.object({
  actor: z.string(),
  country: z.string().nullable(),
  stance: z.string(),
  evidence: z.string().default(''),
  optional: z.boolean().optional(),
  alt_stances: z.array(z.string()).optional(),
  alt_countries: z.array(z.string()).optional(),
});
const goldDocSchema = z.object({
  id: z.string(),
  title: z.string().default(''),
  text: z.string(),
  published: z.string().nullable().optional(),
  published_precision: z.enum(['day', 'month', 'year']).optional(),
  gold: z.array(goldEntrySchema).default([]),
  must: z.array(z.tuple([z.string(), z.string()])),
  ok: z.array(z.tuple([z.string(), z.string()])).default([]),
});
type GoldDoc = z.infer<typeof goldDocSchema>;

const argsSchema = z.object({ dir: z.string().min(1), perDoc: z.boolean(), out: z.string().nullable() });

function parseArgs(argv: string[]) {
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? (argv[outAt + 1] ?? null) : null;
  const rest = argv.filter((arg, index) => !arg.startsWith('--') && (outAt < 0 || index !== outAt + 1));
  return argsSchema.parse({ dir: rest[0] ?? '', perDoc: argv.includes('--per-doc'), out });
}

/** Pairs are compared as score.py does: upper-case country (UK → GB), lower-case stance. */
function toPair(country: string | null, stance: string): string {
  let code = (country ?? '').trim().toUpperCase();
  if (code === 'UK') code = 'GB';
  return `${code || 'null'}|${stance.trim().toLowerCase()}`;
}

function prf(tp: number, fp: number, fn: number) {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

async function loadGold(dir: string): Promise<GoldDoc[]> {
  const docsDir = (await readdir(dir)).includes('docs') ? path.join(dir, 'docs') : dir;
  const files = (await readdir(docsDir)).filter((file) => file.endsWith('.json')).sort();
  return Promise.all(files.map(async (file) => goldDocSchema.parse(JSON.parse(await readFile(path.join(docsDir, file), 'utf8')))));
}

/** An actor-level match: same country and stance (alternatives allowed) and a shared name word or evidence. */
function matchesEntry(statement: LabeledStatement, entry: z.infer<typeof goldEntrySchema>): boolean {
  const countries = [entry.country, ...(entry.alt_countries ?? [])].map((country) => toPair(country, 'x'));
  const stances = [entry.stance, ...(entry.alt_stances ?? [])];
  if (!countries.includes(toPair(statement.actor.country, 'x')) || !stances.includes(statement.stance)) return false;
  const words = (value: string) =>
    new Set(
      value
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word.length > 2),
    );
  const goldWords = words(entry.actor);
  const sharesName = [...words(`${statement.actor.name} ${statement.actor.aliases.join(' ')}`)].some((word) => goldWords.has(word));
  const sharesEvidence =
    entry.evidence.length > 0 &&
    statement.evidenceAll.some(
      (evidence) => evidence.sentence.includes(entry.evidence.slice(0, 40)) || entry.evidence.includes(evidence.sentence.slice(0, 40)),
    );
  return sharesName || sharesEvidence;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const topic = DEFAULT_TOPICS[0]!;
  const docs = await loadGold(args.dir);
  const started = performance.now();
  let tp = 0,
    fp = 0,
    fn = 0;
  const per = Object.fromEntries(STANCES.map((stance) => [stance, { tp: 0, fp: 0, fn: 0 }])) as Record<
    string,
    { tp: number; fp: number; fn: number }
  >;
  let actorTp = 0,
    actorRequired = 0,
    actorPredicted = 0,
    actorPredictedMatched = 0;
  const lines: string[] = [];
  for (const doc of docs) {
    const statements = labelDocument(
      {
        title: doc.title,
        text: doc.text,
        published: doc.published ?? null,
        datePrecision: doc.published ? (doc.published_precision ?? 'day') : null,
      },
      topic,
    );
    lines.push(
      JSON.stringify({
        file: doc.id,
        statements: statements.map((s) => ({
          actor: s.actor.name,
          country: s.actor.country,
          stance: s.stance,
          evidence: s.evidence.sentence,
        })),
      }),
    );
    const predicted = new Set(statements.map((s) => toPair(s.actor.country, s.stance)));
    const must = new Set(doc.must.map(([country, stance]) => toPair(country, stance)));
    const ok = new Set(doc.ok.map(([country, stance]) => toPair(country, stance)));
    const hits = [...must].filter((pair) => predicted.has(pair));
    const misses = [...must].filter((pair) => !predicted.has(pair));
    const wrong = [...predicted].filter((pair) => !must.has(pair) && !ok.has(pair));
    tp += hits.length;
    fn += misses.length;
    fp += wrong.length;
    for (const stance of STANCES) {
      const of = (pairs: string[]) => pairs.filter((pair) => pair.endsWith(`|${stance}`)).length;
      per[stance]!.tp += of(hits);
      per[stance]!.fn += of(misses);
      per[stance]!.fp += of(wrong);
    }
    const required = doc.gold.filter((entry) => !entry.optional);
    actorRequired += required.length;
    actorTp += required.filter((entry) => statements.some((statement) => matchesEntry(statement, entry))).length;
    actorPredicted += statements.length;
    actorPredictedMatched += statements.filter((statement) => doc.gold.some((entry) => matchesEntry(statement, entry))).length;
    if (args.perDoc && (misses.length || wrong.length)) {
      console.log(`${doc.id}: missed [${misses.join(' ')}]  false+ [${wrong.join(' ')}]`);
      for (const statement of statements) {
        console.log(
          `    ${statement.stance.padEnd(7)} ${String(statement.actor.country).padEnd(4)} ${statement.actor.name.slice(0, 30).padEnd(30)} ${statement.evidence.sentence.replace(/\s+/g, ' ').slice(0, 150)}`,
        );
      }
    }
  }
  if (args.out) await writeFile(args.out, `${lines.join('\n')}\n`);
  const elapsed = (performance.now() - started) / 1000;
  const micro = prf(tp, fp, fn);
  const stanceF1 = STANCES.map((stance) => prf(per[stance]!.tp, per[stance]!.fp, per[stance]!.fn).f1);
  const macro = stanceF1.reduce((a, b) => a + b, 0) / STANCES.length;
  const actorRecall = actorRequired ? actorTp / actorRequired : 0;
  const actorPrecision = actorPredicted ? actorPredictedMatched / actorPredicted : 0;
  const actorF1 = actorRecall + actorPrecision ? (2 * actorRecall * actorPrecision) / (actorRecall + actorPrecision) : 0;
  const f = (value: number) => value.toFixed(3);
  console.log(`labeler ${LABELER_VERSION} on ${docs.length} documents in ${elapsed.toFixed(1)} s`);
  console.log(`micro  precision ${f(micro.precision)}  recall ${f(micro.recall)}  F1 ${f(micro.f1)}   (tp ${tp}, fp ${fp}, fn ${fn})`);
  console.log(
    STANCES.map((stance, index) => {
      const score = prf(per[stance]!.tp, per[stance]!.fp, per[stance]!.fn);
      return `${stance} P ${f(score.precision)} R ${f(score.recall)} F1 ${f(stanceF1[index]!)}`;
    }).join(' | '),
  );
  console.log(
    `actors precision ${f(actorPrecision)}  recall ${f(actorRecall)}  F1 ${f(actorF1)}   (${actorTp}/${actorRequired} required entries found)`,
  );
  console.log(`macro-F1 ${f(macro)}`);
  console.log(`summary micro-F1 ${f(micro.f1)} macro-F1 ${f(macro)} actor-F1 ${f(actorF1)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
