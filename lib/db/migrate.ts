// Applies the committed Prisma migrations (prisma/migrations) the way `prisma migrate deploy` does,
// through Prisma's schema engine compiled to WebAssembly, so no native engine download is needed.
// Also diffs two schemas into migration SQL for `npm run db:migration`.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { MIGRATIONS_DIR, SCHEMA_PATH } from '../runtime/paths';

const NO_FILTERS = { externalTables: [], externalEnums: [] };
/** Any constant works; it only has to be the same for every Stancewatch process. */
const MIGRATION_LOCK_KEY = 4_715_001;

type WasmSchemaEngine = typeof import('@prisma/schema-engine-wasm');
/** Process-wide (not module-wide: test runners may load this module more than once). */
const shared = ((globalThis as Record<symbol, unknown>)[Symbol.for('stancewatch.schemaEngine')] ??= {
  enginePromise: undefined as Promise<WasmSchemaEngine> | undefined,
  queue: Promise.resolve() as Promise<unknown>,
}) as { enginePromise: Promise<WasmSchemaEngine> | undefined; queue: Promise<unknown> };

/** Instantiates the wasm module by hand: Node 20 cannot import `.wasm` without a flag. */
/** The engine reports a Rust panic through this global before failing; keep the message for the error. */
const panicRegistry = {
  lastPanic: null as string | null,
  set_message(message: string) {
    panicRegistry.lastPanic = message;
  },
};

function loadSchemaEngineModule(): Promise<WasmSchemaEngine> {
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY ??= panicRegistry;
  shared.enginePromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const bindingsPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bindings = (await import(bindingsPath)) as WasmSchemaEngine & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const wasmBytes = readFileSync(path.join(path.dirname(bindingsPath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(wasmBytes, { './schema_engine_bg.js': bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return shared.enginePromise;
}

type Engine = Awaited<ReturnType<WasmSchemaEngine['SchemaEngine']['new']>>;
/** The wasm module is one instance per process and is not safe to drive concurrently: one engine at a time. */
function withSchemaEngine<T>(connectionString: string, schemaText: string, work: (engine: Engine) => Promise<T>): Promise<T> {
  const next = shared.queue.then(() => runSchemaEngine(connectionString, schemaText, work));
  shared.queue = next.catch(() => {});
  return next;
}

async function runSchemaEngine<T>(connectionString: string, schemaText: string, work: (engine: Engine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadSchemaEngineModule();
  const base = new PrismaPg({ connectionString });
  // Keep the adapters the engine opens: freeing the engine does not close their pools, and an open
  // connection would, for example, keep a template database from being copied.
  const opened: { dispose(): Promise<void> }[] = [];
  const tracked = Object.assign(Object.create(base) as PrismaPg, {
    connect: async () => {
      const adapter = await base.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await base.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  });
  const engine = await SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schemaText]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  try {
    return await work(engine);
  } catch (error) {
    const panic = panicRegistry.lastPanic;
    panicRegistry.lastPanic = null;
    throw panic ? new Error(`Prisma schema engine failed: ${panic}`, { cause: error }) : error;
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose().catch(() => {})));
  }
}

export type MigrationResult = { applied: string[]; pending: number; total: number };

function listMigrationDirectories(): string[] {
  if (!existsSync(MIGRATIONS_DIR)) return [];
  return readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(MIGRATIONS_DIR, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort();
}

/** Applies pending migrations; safe to call from several processes at once (advisory lock). */
export async function applyMigrations(connectionString: string): Promise<MigrationResult> {
  const names = listMigrationDirectories();
  const lockClient = new pg.Client({ connectionString });
  await lockClient.connect();
  try {
    await lockClient.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const lockfilePath = path.join(MIGRATIONS_DIR, 'migration_lock.toml');
    const result = await withSchemaEngine(connectionString, readFileSync(SCHEMA_PATH, 'utf8'), (engine) =>
      engine.applyMigrations({
        migrationsList: {
          baseDir: MIGRATIONS_DIR,
          lockfile: {
            path: 'migration_lock.toml',
            content: existsSync(lockfilePath) ? readFileSync(lockfilePath, 'utf8') : null,
          },
          shadowDbInitScript: '',
          migrationDirectories: names.map((name) => ({
            path: name,
            migrationFile: {
              path: 'migration.sql',
              content: { tag: 'ok', value: readFileSync(path.join(MIGRATIONS_DIR, name, 'migration.sql'), 'utf8') },
            },
          })),
        },
        filters: NO_FILTERS,
      }),
    );
    return { applied: result.appliedMigrationNames, pending: 0, total: names.length };
  } finally {
    await lockClient.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    await lockClient.end();
  }
}

type DiffTarget = { tag: 'empty' } | { tag: 'schemaDatamodel'; files: { path: string; content: string }[] };

/** SQL that turns schema `from` (null: empty database) into schema `to`; the engine only connects. */
export async function diffSchemas(connectionString: string, fromSchema: string | null, toSchema: string): Promise<string> {
  const from: DiffTarget =
    fromSchema === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: fromSchema }] };
  const to: DiffTarget = { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: toSchema }] };
  return withSchemaEngine(connectionString, toSchema, async (engine) => {
    const result = await engine.diff({ from, to, script: true, exitCode: null, filters: NO_FILTERS });
    return result.stdout ?? '';
  });
}
