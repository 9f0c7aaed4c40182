// Dashboard segment: every page reads the database at request time (so `next build` needs none).
import type { ReactNode } from 'react';

export const dynamic = 'force-dynamic';

export default function DashboardLayout({ children }: { children: ReactNode }) {
  return children;
}
