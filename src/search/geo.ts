const RAD = Math.PI / 180;
const EARTH_KM = 6371.0088;

/** Kilometres per degree of latitude on the mean Earth radius. */
const KM_PER_DEGREE = EARTH_KM * RAD;

export const cosOfLatitude = (lat: number): number => Math.cos(lat * RAD);

/**
 * The haversine of the angle between two points, given the cosines of their latitudes (worked
 * out once per point when one point is measured against many).
 */
export function haversine(lat1: number, lng1: number, cos1: number, lat2: number, lng2: number, cos2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLng = (lng2 - lng1) * RAD;
  return Math.sin(dLat / 2) ** 2 + cos1 * cos2 * Math.sin(dLng / 2) ** 2;
}

export const kmOfHaversine = (h: number): number => 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));

/** Great-circle (haversine) distance in kilometres, on the mean Earth radius. */
export function kmBetween(lat1: number, lng1: number, lat2: number, lng2: number): number {
  return kmOfHaversine(haversine(lat1, lng1, cosOfLatitude(lat1), lat2, lng2, cosOfLatitude(lat2)));
}

export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  return kmBetween(a.lat, a.lng, b.lat, b.lng);
}

/**
 * A point that many others are measured from, with two quick tests for "farther than
 * `withinKm`" that never wrong a point inside it (their bounds are a hair loose, so rounding
 * cannot drop one): a difference of latitude alone, and the haversine before the arcsine.
 */
export interface Origin {
  lat: number;
  lng: number;
  cos: number;
  degreesWithin: number;
  haversineWithin: number;
}

export function originAt(lat: number, lng: number, withinKm = Infinity): Origin {
  const half = Math.min(Math.PI / 2, withinKm / (2 * EARTH_KM));
  return { lat, lng, cos: cosOfLatitude(lat), degreesWithin: withinKm / KM_PER_DEGREE + 1e-9, haversineWithin: Math.sin(half) ** 2 * (1 + 1e-9) + 1e-15 };
}
