// Root layout: page chrome (header, nav) around every route.
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { MainNav } from './_components/main-nav';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Stancewatch', template: '%s · Stancewatch' },
  description: 'Who holds which stance on restricting Huawei and ZTE in 5G and telecom networks.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <div className="site-header__inner">
            <Link href="/" className="brand">
              Stancewatch
            </Link>
            <MainNav />
          </div>
        </header>
        <main className="page">{children}</main>
      </body>
    </html>
  );
}
