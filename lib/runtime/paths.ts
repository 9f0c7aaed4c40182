// Where the project lives on disk: the one place that turns this module's location into the project root.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCHEMA_PATH = path.join(PROJECT_ROOT, 'prisma/schema.prisma');
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'prisma/migrations');
