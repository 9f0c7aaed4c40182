// The only place that reads process.env: parsed once with zod, with defaults and clear errors.
import { z } from 'zod';

const booleanFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** A real PostgreSQL server; when absent, the embedded one under STANCEWATCH_DATA_DIR is used. */
  DATABASE_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Address the web server listens on; 0.0.0.0 to serve other machines. */
  BIND_ADDRESS: z.string().default('127.0.0.1'),
  /** Where the embedded database and other runtime state live. */
  STANCEWATCH_DATA_DIR: z.string().optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  INGEST_CRON: z.string().default('*/15 * * * *'),
  INGEST_TIMEZONE: z.string().default('UTC'),
  SEEDS_DIR: z.string().optional(),
  MAX_FETCH_MB: z.coerce.number().positive().default(20),
  MAX_UPLOAD_MB: z.coerce.number().positive().default(25),
  FETCH_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),
  FETCH_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  FETCH_CONCURRENCY_PER_HOST: z.coerce.number().int().positive().default(2),
  ALLOW_PRIVATE_URLS: booleanFlag,
  /** Worker threads for extraction and labelling during ingestion (0 = on the main thread). */
  PIPELINE_WORKERS: z.coerce.number().int().min(0).max(32).optional(),
  /** Lets scripts write (`Authorization: Bearer …`); unset = only signed-in users can write. */
  API_TOKEN: z
    .string()
    .min(16, 'API_TOKEN must be at least 16 characters')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Where new alerts are POSTed as JSON (signed with ALERT_WEBHOOK_SECRET); unset = no webhook. */
  ALERT_WEBHOOK_URL: z
    .string()
    .url('ALERT_WEBHOOK_URL must be a URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** HMAC-SHA256 key for the X-Stancewatch-Signature header of webhook calls. */
  ALERT_WEBHOOK_SECRET: z
    .string()
    .min(16, 'ALERT_WEBHOOK_SECRET must be at least 16 characters')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** When on, the Atom feed of alerts answers only with a per-user feed token (?token=). */
  ALERTS_FEED_PRIVATE: booleanFlag,
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Parsed environment; throws one readable error listing every bad variable. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  cached = parsed.data;
  return cached;
}

/** The environment a child process (web server, worker, next build, PostgreSQL tools) starts with: ours plus `extra`. */
export function childProcessEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}

/** For tests that change process.env between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}
