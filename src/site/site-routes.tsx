import { Hono } from 'hono';
import { ERROR_CATALOGUE, type ErrorCode } from '../lib/errors.js';
import { Layout } from './layout.js';

const BASE_CSS = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;line-height:1.5;color:#1b1b1b;background:#fff}
main{max-width:40rem;margin:0 auto;padding:1rem}h1{font-size:1.6rem}a{color:#0b4f9c}a:focus{outline:3px solid #ffbf47}
.note{border-left:4px solid #0b4f9c;padding:.5rem 1rem;background:#f3f6fa}`;

/** The public site. For now a home page that says what Ruta is and where the open data lives. */
export function siteRoutes(): Hono {
  const site = new Hono();
  site.get('/assets/base.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(BASE_CSS);
  });
  site.get('/', (c) =>
    c.html(
      <Layout title="Ruta — información y orientación para personas migrantes">
        <h1>Ruta</h1>
        <p>
          Información y orientación para personas en movimiento por México y Centroamérica: qué puedes hacer, dónde
          encontrar ayuda y quién te puede acompañar.
        </p>
        <p class="note">El sitio público está en construcción. El directorio de servicios ya está disponible como datos abiertos.</p>
        <ul>
          <li>
            <a href="/api/services">Directorio de servicios (API HSDS 3.1)</a>
          </li>
          <li>
            <a href="/api/openapi.json">Descripción de la API (OpenAPI)</a>
          </li>
          <li>
            <a href="/api/profile">Perfil HSDS de Ruta</a>
          </li>
        </ul>
        <p>Ruta no guarda datos de quienes visitan el sitio y no comparte nada con autoridades migratorias.</p>
      </Layout>,
    ),
  );
  return site;
}

/** The page a person sees for an error: plain words, a way back, no technical detail. */
export function errorPage(code: ErrorCode, message: string) {
  const status = ERROR_CATALOGUE[code].status;
  const title = status === 404 ? 'No encontramos esta página' : status >= 500 ? 'Algo salió mal' : 'No pudimos atender la solicitud';
  return (
    <Layout title={`${title} — Ruta`}>
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href="/">Volver al inicio</a>
      </p>
    </Layout>
  );
}
