// Test helper process: one ingestion pass over the given sources of the given database; prints the summary.
import { createDb } from '../../lib/db/client';
import { runIngestPass } from '../../lib/ingest/run';

const [url, ...sourceIds] = process.argv.slice(2);
if (!url) throw new Error('usage: ingest-child.ts <databaseUrl> <sourceId>...');
const db = createDb(url);
const summary = await runIngestPass(db, { trigger: 'test-child', sourceIds });
console.log(`SUMMARY ${JSON.stringify(summary)}`);
await db.$disconnect();
