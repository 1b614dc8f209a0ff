import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { Database } from '../lib/db.js';
import { createLogger } from '../lib/logger.js';
import { ARTICLES, type Article } from '../content/articles.js';
import { ArticleView } from './info-pages.js';

const app = createApp({ database: {} as unknown as Database, config: { publicUrl: 'http://localhost' }, logger: createLogger('silent') });
const text = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, html: await res.text() };
};

describe('an article asked in a Mayan language', () => {
  const tvtf = ARTICLES.find((a) => a.slug === 'tvtf')!;

  it('falls back to Spanish with a visible note, the interface staying in the reader’s language', async () => {
    const { status, html } = await text('/en/info/tvtf?idioma=mam');
    expect(status).toBe(200);
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('This text is not yet in Mam; it is shown in Spanish.');
    expect(html).toContain(`<span lang="es">${tvtf.title.es}</span>`);
  });

  it('says plainly when the language is not one Ruta knows, escaping what was typed', async () => {
    const { status, html } = await text(`/es/info/tvtf?idioma=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(status).toBe(200);
    expect(html).toContain('Ruta no tiene textos en el idioma «&lt;script&gt;alert(1)&lt;/script&gt;».');
    expect(html).not.toContain('<script>alert');
  });

  it('shows the Mayan text where it exists, marked with its language, and offers it', () => {
    // A made-up article: no page of Ruta carries an invented translation.
    const article: Article = { ...tvtf, title: { ...tvtf.title, quc: '[prueba] quc' }, body: tvtf.body.map((b) => ({ ...b, quc: '[prueba] quc cuerpo' })) };
    const chosen = String(<ArticleView lang="es" article={article} choice={{ content: 'quc' }} />);
    expect(chosen).toContain('<span lang="quc">[prueba] quc</span>');
    expect(chosen).not.toContain('aún no está en');
    const offered = String(<ArticleView lang="es" article={article} />);
    expect(offered).toContain('Leer en otro idioma:');
    expect(offered).toContain('href="/es/info/tvtf?idioma=quc"');
    expect(offered).toContain(tvtf.title.es);
  });
});
