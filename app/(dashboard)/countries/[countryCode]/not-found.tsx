// A country code that is not ISO 3166-1 alpha-2 (or EU).
import Link from 'next/link';

export default function CountryNotFound() {
  return (
    <section className="panel">
      <h1>Country not found</h1>
      <p>
        Country pages use two-letter ISO codes such as <Link href="/countries/DE">DE</Link> or <Link href="/countries/GB">GB</Link>. Pick a
        country on the <Link href="/">map</Link>.
      </p>
    </section>
  );
}
