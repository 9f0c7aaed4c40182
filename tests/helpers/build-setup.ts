// Vitest global setup for browser tests: one current Next.js build before any test starts a server.
import { buildApp, isBuildCurrent } from '../../lib/runtime/next-build';

export default async function setup() {
  if (!isBuildCurrent()) await buildApp({ ...process.env, NODE_ENV: 'production' });
}
