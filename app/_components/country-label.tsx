// A country as people read it: flag, name, and the ISO code in small type; optionally a link to its page.
import Link from 'next/link';
import { toCountryName, toFlagEmoji } from '@/lib/domain/countries';

export function CountryLabel({ code, href, showCode = true }: { code: string | null; href?: string; showCode?: boolean }) {
  if (!code) return <span className="subtle">no country</span>;
  const body = (
    <>
      <span aria-hidden="true">{toFlagEmoji(code)} </span>
      {toCountryName(code)}
      {showCode ? <span className="country-code"> {code}</span> : null}
    </>
  );
  return href ? (
    <Link href={href} className="country-label" data-country={code}>
      {body}
    </Link>
  ) : (
    <span className="country-label" data-country={code}>
      {body}
    </span>
  );
}
