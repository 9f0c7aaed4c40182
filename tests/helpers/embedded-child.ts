// Test helper process: starts the embedded database in the given runtime dir, prints its URL, then idles
// until killed (used to simulate a crashed app and a second process sharing the server).
import { resolveDatabase } from '../../lib/runtime/embedded-postgres';

const runtimeDir = process.argv[2];
if (!runtimeDir) throw new Error('usage: embedded-child.ts <runtimeDir>');
const handle = await resolveDatabase({ runtimeDir, forceEmbedded: true });
console.log(`URL ${handle.url}`);
setInterval(() => {}, 60_000);
