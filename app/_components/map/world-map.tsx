// World map coloured by each country's current position: SVG rendered on the server from world-atlas geometry.
// Countries with statements are links in the tab order (Enter opens the country); MapInteractions adds the
// hover/focus tooltip. Colours are the colour-blind-safe blue/orange pair, and "mixed" is hatched as well.
import { toCountryName } from '@/lib/domain/countries';
import type { Position } from '@/lib/domain/values';
import { MapInteractions } from './map-interactions';
import { MAP_HEIGHT, MAP_WIDTH, listCountryShapes } from './world-geometry';

export type MapCountry = { position: Position; statements: number; latest: string | null; status: string | null };

type Props = {
  countries: Record<string, MapCountry>;
  hrefFor: (code: string) => string;
  labels: Record<Position, string>;
  title: string;
};

export function WorldMap({ countries, hrefFor, labels, title }: Props) {
  const shapes = listCountryShapes();
  const counts: Record<Position, number> = { support: 0, oppose: 0, mixed: 0, none: 0 };
  for (const entry of Object.values(countries)) counts[entry.position] += 1;
  return (
    <figure className="world-map" data-testid="world-map">
      <MapInteractions labels={labels}>
        <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="group" aria-label={title} className="world-map__svg">
          <defs>
            <pattern id="map-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" className="map-hatch__bg" />
              <line x1="0" y1="0" x2="0" y2="6" className="map-hatch__line" />
            </pattern>
          </defs>
          {shapes.map((shape) => {
            const info = shape.code ? countries[shape.code] : undefined;
            if (!shape.code) return <path key={shape.key} d={shape.path} className="map-country map-country--none" />;
            const position = info?.position ?? 'none';
            const name =
              shape.name === 'N. Cyprus' || shape.name === 'Somaliland'
                ? `${shape.name} (${toCountryName(shape.code)})`
                : toCountryName(shape.code);
            const description = info
              ? `${name}: ${labels[position]}, ${info.statements} statement${info.statements === 1 ? '' : 's'}${info.latest ? `, latest ${info.latest}` : ''}`
              : `${name}: ${labels.none}`;
            return (
              <a
                key={shape.key}
                href={hrefFor(shape.code)}
                aria-label={description}
                tabIndex={info ? 0 : -1}
                className={`map-country map-country--${position}`}
                data-country={shape.code}
                data-name={name}
                data-position={position}
                data-statements={info?.statements ?? 0}
                data-latest={info?.latest ?? ''}
                data-status={info?.status ?? ''}
              >
                <path d={shape.path} />
              </a>
            );
          })}
        </svg>
      </MapInteractions>
      <figcaption className="map-legend" aria-label="Legend">
        {(['support', 'oppose', 'mixed', 'none'] as const).map((position) => (
          <span key={position} className="map-legend__item">
            <svg width="18" height="12" aria-hidden="true" className={`map-country map-country--${position}`}>
              <rect width="18" height="12" rx="2" />
            </svg>
            {labels[position]}
            {position === 'none' ? null : <span className="subtle"> ({counts[position]})</span>}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
