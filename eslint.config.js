// ESLint: Next's rules, typescript-eslint, and the layout's import direction, which is part of the design:
//   lib/domain ← lib/topics ← lib/pipeline ← lib/{db, ingest, alerts, export, auth} ← app, jobs   (lib/runtime and lib/errors beside)
// A layer may import the layers to its left, never those to its right.
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// Lowest first. A folder may import its own tier's modules (siblings in the I/O tier excepted) and the tiers before it.
const TIERS = [
  ['lib/runtime'],
  ['lib/errors.ts'],
  ['lib/domain'],
  ['lib/topics'],
  ['lib/pipeline'],
  ['lib/db'],
  ['lib/ingest', 'lib/alerts', 'lib/export', 'lib/auth'],
  ['app'],
  ['jobs'],
];
// Pure layers never reach the runtime (environment, processes, the embedded server) even though it sits lower.
const PURE = ['lib/domain', 'lib/topics', 'lib/pipeline'];

const zones = TIERS.flatMap((tier, level) =>
  tier.map((target) => ({
    target: `./${target}`,
    from: [
      ...TIERS.slice(level + 1).flat(),
      ...tier.filter((sibling) => sibling !== target),
      ...(PURE.includes(target) ? ['lib/runtime'] : []),
    ].map((from) => `./${from}`),
    message: `${target} sits below these in the layout (see eslint.config.js and CONTRIBUTING.md).`,
  })),
);

// The pure stages do no I/O: no database, file system, network or environment.
const IMPURE_MODULES = [
  'node:fs',
  'node:fs/promises',
  'fs',
  'fs/promises',
  'node:net',
  'node:http',
  'node:https',
  'node:child_process',
  'pg',
  'undici',
  '@prisma/client',
];

const config = [
  {
    ignores: ['node_modules/**', '.next/**', '.stancewatch/**', 'lib/db/generated/**', 'next-env.d.ts', 'coverage/**', 'tests/fixtures/**'],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      'import/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read settings through getEnv() in lib/runtime/env.ts (validated with zod).' },
      ],
    },
  },
  {
    files: ['lib/pipeline/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: IMPURE_MODULES.map((name) => ({
            name,
            message: 'lib/pipeline is pure: do I/O in lib/ingest or lib/db and pass data in.',
          })),
        },
      ],
    },
  },
  {
    // Tests may reach across layers (a domain test holds its values against the database enums).
    files: ['**/*.test.ts', 'tests/**'],
    rules: { 'import/no-restricted-paths': 'off' },
  },
  {
    // The env module reads process.env; tests, benchmarks and tool configs set it up.
    files: ['lib/runtime/env.ts', 'tests/**', '**/*.test.ts', '*.config.{js,ts,mjs}', 'prisma.config.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
];

export default config;
