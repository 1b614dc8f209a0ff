/** Great-circle (haversine) distance in kilometres, on the mean Earth radius. */
export function kmBetween(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  return kmBetween(a.lat, a.lng, b.lat, b.lng);
}
