// Prisma CLI configuration. The CLI's native schema engine cannot be downloaded on many servers,
// so migrations run through lib/db/migrate.ts (`npm run db:migrate`); the CLI is used for `generate`.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/stancewatch' },
});
