// Country outlines as SVG path strings, projected once per process from Natural Earth 1:110m (world-atlas,
// shipped in the npm package: nothing is downloaded). Features are keyed by ISO 3166-1 alpha-2.
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { numericToCountryCode } from '@/lib/domain/countries';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

// Natural Earth gives these no ISO numeric id: Kosovo has the user-assigned XK; Northern Cyprus and Somaliland
// are shown as part of the states that the ISO list (and most trackers) count them in.
const CODES_BY_NAME: Record<string, string> = { Kosovo: 'XK', 'N. Cyprus': 'CY', Somaliland: 'SO' };

export type CountryShape = { key: string; code: string | null; name: string; path: string };

function toCode(feature: Feature<Geometry, { name?: string }>): string | null {
  const name = feature.properties?.name ?? '';
  if (CODES_BY_NAME[name]) return CODES_BY_NAME[name];
  return feature.id !== undefined ? numericToCountryCode(String(feature.id)) : null;
}

let cached: CountryShape[] | undefined;

/** Every country outline, Antarctica left out (it holds no positions and takes a fifth of the map). */
export function listCountryShapes(): CountryShape[] {
  if (cached) return cached;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const features = collection.features.filter((entry) => entry.properties?.name !== 'Antarctica');
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: 'FeatureCollection', features },
  );
  const path = geoPath(projection).digits(1);
  cached = features.flatMap((entry, index) => {
    const d = path(entry);
    if (!d) return [];
    return [
      { key: `${entry.id ?? entry.properties?.name ?? index}`, code: toCode(entry), name: entry.properties?.name ?? 'Unknown', path: d },
    ];
  });
  return cached;
}
