// `npm run relabel`: re-labels stored documents whose labels come from an older labeler version.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { bootstrapDatabase } from '../lib/db/bootstrap';
import { resolveDatabase } from '../lib/runtime/embedded-postgres';
import { relabelOutdatedDocuments } from '../lib/ingest/relabel';

const { values } = parseArgs({ options: { batch: { type: 'string' } } });
const flags = z.object({ batch: z.coerce.number().int().positive().default(200) }).parse(values);

const database = await resolveDatabase();
const { db } = await bootstrapDatabase(database.url);
try {
  console.log(JSON.stringify(await relabelOutdatedDocuments(db, flags.batch)));
} finally {
  await db.$disconnect();
  await database.stop();
}
