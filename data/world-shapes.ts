import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import atlas from 'world-atlas/countries-110m.json';
import type { CountryRegistry } from './country-registry';

/** One country's outline, projected to the map's 1000-unit-wide plane, as SVG path data. */
export interface WorldShape {
  /** ISO alpha-2 when the shape is a country or territory the registry knows, else undefined. */
  code: string | undefined;
  name: string;
  path: string;
}

export const MAP_WIDTH = 1000;
// Equal Earth (Šavrič, Patterson and Jenny 2018): areas stay true, so a large country does not
// look more dangerous than it is; its constants are from the paper.
const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;
const M = Math.sqrt(3) / 2;
const X_MAX = Math.PI / (M * A1);
const SCALE = MAP_WIDTH / (2 * X_MAX);
/** Height of the plane: Equal Earth's pole line at ±1.3173 before scaling; Antarctica is left out. */
const Y_NORTH = 1.3173;
const Y_SOUTH_CUT = 0.95; // about 60° S, below the southern tips of the inhabited continents
export const MAP_HEIGHT = Math.round((Y_NORTH + Y_SOUTH_CUT) * SCALE);

function project([lon = 0, lat = 0]: Position): [number, number] {
  const lambda = (lon * Math.PI) / 180;
  const theta = Math.asin(M * Math.sin((lat * Math.PI) / 180));
  const t2 = theta * theta;
  const t6 = t2 * t2 * t2;
  const x = (lambda * Math.cos(theta)) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return [(x + X_MAX) * SCALE, (Y_NORTH - y) * SCALE];
}

/**
 * A ring that crosses the antimeridian (Russia's Chukotka, Fiji) would draw a line across the whole
 * map; its points on the far side are pinned to the edge of the side most of it is on instead.
 */
function pinToOneSide(ring: readonly Position[]): readonly Position[] {
  const crosses = ring.some((p, i) => i > 0 && Math.abs((p[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180);
  if (!crosses) return ring;
  const east = ring.filter((p) => (p[0] ?? 0) > 0).length * 2 >= ring.length;
  return ring.map(([lon = 0, lat = 0]) => [east ? (lon < 0 ? 180 : lon) : lon > 0 ? -180 : lon, lat]);
}

function ringPath(ring: readonly Position[]): string {
  ring = pinToOneSide(ring);
  let d = '';
  let last = '';
  for (const position of ring) {
    const [x, y] = project(position);
    const point = `${x.toFixed(1)},${y.toFixed(1)}`;
    // Neighbouring points that round to the same place add bytes and nothing else.
    if (point === last) continue;
    d += `${d === '' ? 'M' : 'L'}${point}`;
    last = point;
  }
  return `${d}Z`;
}

function geometryPath(geometry: Polygon | MultiPolygon): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((rings) => rings.map(ringPath)).join('');
}

const ANTARCTICA = '010';

/**
 * Every country of Natural Earth's 1:110m boundaries (from the world-atlas package), projected once.
 * Shapes are matched to the registry by ISO numeric code; the three without one in the atlas are
 * matched by name where the registry knows them (Kosovo) and stay unmatched otherwise.
 */
export function loadWorldShapes(registry: CountryRegistry): WorldShape[] {
  const byNumeric = new Map(registry.countries.map((country) => [country.numeric, country]));
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const shapes: WorldShape[] = [];
  for (const item of collection.features) {
    if (item.id === ANTARCTICA) continue;
    const geometry = item.geometry;
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const atlasName = item.properties.name;
    const country =
      item.id !== undefined
        ? byNumeric.get(String(item.id))
        : atlasName === 'Kosovo'
          ? registry.byIsoCode('XK')
          : undefined;
    shapes.push({ code: country?.code, name: country?.name ?? atlasName, path: geometryPath(geometry) });
  }
  return shapes;
}
