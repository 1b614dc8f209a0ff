import type { Child } from 'hono/jsx';

/** The page shell: Spanish by default, system fonts, no third-party request of any kind. */
export function Layout(props: { title: string; lang?: string; children: Child }) {
  return (
    <html lang={props.lang ?? 'es'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <link rel="stylesheet" href="/assets/base.css" />
      </head>
      <body>
        <main id="contenido">{props.children}</main>
      </body>
    </html>
  );
}
