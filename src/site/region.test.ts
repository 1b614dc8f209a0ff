import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { RegionListing } from './region.js';
import { useStarterApp } from '../../test/support/starter-app.js';

describe('saved region for offline use', () => {
  const starter = useStarterApp();

  const region = async (lugar: string) => {
    const res = await starter.app.request(`/es/region?lugar=${encodeURIComponent(lugar)}`, { headers: { accept: 'application/json' } });
    return { status: res.status, body: await res.json(), res };
  };

  it('holds the listings of a state with names, towns, phones and the example flag, and never a position', async () => {
    const { status, body, res } = await region('Chiapas');
    expect(status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(body.place).toBe('Chiapas');
    const shelter = body.listings.find((l: RegionListing) => l.i === 'fa9a279a-8481-537d-a37c-6ed6f3a17137');
    expect(shelter).toMatchObject({ n: 'Ejemplo — Albergue de demostración en Tapachula', t: 'Tapachula', x: 1 });
    // Tenosique (Tabasco) is outside a Chiapas search centre's 250 km only for some sites; whatever is in, no coordinates are.
    expect(JSON.stringify(body)).not.toMatch(/latitude|longitude|-92\.2|Dirección de ejemplo/);
  });

  it('an unknown or missing place is a 400 naming the field', async () => {
    for (const lugar of ['Xyzzyville', '']) {
      const { status, body } = await region(lugar);
      expect(status).toBe(400);
      expect(body.error.details[0].field).toBe('lugar');
    }
  });

  it('2,000 listings in this format stay within 150 KB compressed', () => {
    const names = ['Albergue', 'Comedor comunitario', 'Clínica jurídica', 'Casa del migrante', 'Puesto de salud'];
    const towns = ['Tapachula', 'Ciudad Hidalgo', 'Tenosique', 'Palenque', 'Comitán', 'Tuxtla Gutiérrez'];
    const listings: RegionListing[] = Array.from({ length: 2000 }, (_, i) => ({
      i: crypto.randomUUID(),
      n: `${names[i % names.length]} ${towns[(i * 7) % towns.length]} número ${i}`,
      o: `Organización de ayuda ${i % 300}`,
      t: towns[i % towns.length]!,
      p: [`+52 962 ${String(100 + (i % 900))} ${String(1000 + ((i * 37) % 9000))}`],
    }));
    expect(gzipSync(JSON.stringify({ place: 'Chiapas', listings })).length).toBeLessThanOrEqual(150 * 1024);
  });
});
