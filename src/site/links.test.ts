import { describe, expect, it } from 'vitest';
import { LOCALES } from '../lib/i18n.js';
import { useStarterApp } from '../../test/support/starter-app.js';

/** The pages a person reaches from the navigation, the site's and the guides' alike. */
const START = ['/', '/lineas', '/info', '/opciones', '/piensalo', '/campanas', '/privacidad', '/acerca', '/sin-conexion', '/buscar?q=albergue'];

/** Same-site links in a page, without their fragment; links to other sites are someone else's to keep alive. */
function internalLinks(html: string): string[] {
  const hrefs = [...html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
  return hrefs.filter((h) => h.startsWith('/') && !h.startsWith('//')).map((h) => h.split('#')[0]!).filter(Boolean);
}

describe('no dead link inside Ruta', () => {
  const starter = useStarterApp();

  it.each(LOCALES)('every link on every %s page, and on the pages they lead to, answers 200', async (lang) => {
    const seen = new Map<string, number>();
    const visit = async (path: string) => {
      if (seen.has(path)) return '';
      const res = await starter.app.request(path);
      seen.set(path, res.status);
      return (res.headers.get('content-type') ?? '').startsWith('text/html') ? res.text() : '';
    };
    const level1 = new Set<string>();
    for (const p of START) for (const link of internalLinks(await visit(`/${lang}${p}`))) level1.add(link);
    for (const link of level1) await visit(link);
    const dead = [...seen].filter(([, status]) => status !== 200).map(([path, status]) => `${path} → ${status}`);
    expect(dead).toEqual([]);
    // The crawl reached the guides' inner pages and the directory's service pages, not only the menu.
    expect([...seen.keys()].some((p) => p.startsWith(`/${lang}/info/`))).toBe(true);
    expect([...seen.keys()].some((p) => p.startsWith(`/${lang}/campanas/`))).toBe(true);
    expect([...seen.keys()].some((p) => p.startsWith(`/${lang}/servicio/`))).toBe(true);
  });
});
