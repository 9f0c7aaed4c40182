#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded on offline servers.
# `prisma generate` only checks that this file exists. Migrations run through WebAssembly instead.
echo "Stancewatch runs migrations without Prisma's native engine:" >&2
echo "  npm run db:migrate             apply committed migrations (like 'prisma migrate deploy')" >&2
echo "  npm run db:migration -- <name> create a migration from the schema change" >&2
exit 1
