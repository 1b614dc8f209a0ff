import { FACT_SHEET_REVIEWED, type Provenance } from './provenance.js';
import { src } from './sources.js';
import type { Text } from './text.js';

export interface Story {
  id: string;
  title: Text;
  /** The words of the campaign video, as a transcript: no player, nothing loads from elsewhere. */
  transcript: Text;
}

export interface Campaign {
  slug: string;
  title: Text;
  summary: Text;
  stories: Story[];
  /** Guides this campaign leads to. */
  links: ('piensalo' | 'opciones' | 'lineas')[];
  /** The published transcripts are in English; other languages are Ruta's translation, not yet reviewed. */
  transcriptLanguage?: 'en';
  provenance: Provenance;
}

const reviewed = FACT_SHEET_REVIEWED;

export const CAMPAIGNS: Campaign[] = [
  {
    slug: 'piensalo-2-veces',
    title: { es: 'Piénsalo 2 veces', en: 'Think twice' },
    summary: {
      es: 'Campaña de comunicación de la OIM iniciada en 2020 en El Salvador, Guatemala y Honduras para jóvenes de 15 a 25 años: ayuda a reconocer ofertas falsas, la trata y la contratación fraudulenta. Sus videos se crearon con comunidades migrantes de Tapachula y Tijuana. En 2025 hubo una edición hondureña con la CICESCT.',
      en: 'An IOM Communication for Development campaign started in 2020 in El Salvador, Guatemala and Honduras for ages 15–25: it helps young people spot false offers, trafficking and fraudulent hiring. Its videos were made with the migrant communities of Tapachula and Tijuana. There was a 2025 Honduran edition with CICESCT.',
    },
    stories: [
      {
        id: 'reina',
        title: { es: 'Reina', en: 'Reina' },
        transcript: {
          es: 'Reina encontró trabajo como mesera, pero al llegar se dio cuenta de que sus empleadores esperaban de ella otras tareas. Como migrante, tienes derechos. Nadie puede obligarte a hacer tareas que no se acordaron. Si sospechas de una situación de trata de personas, denuncia (en México) llamando al 800 5533 000.',
          en: 'Reina found a job as a cocktail waitress, but once she arrived she realized her employers expected other duties from her. As a migrant, you have rights. Nobody can force you to perform tasks not originally convened. If you have suspicions of a situation of trafficking in persons, report (in Mexico) by calling 800 5533 000.',
        },
      },
      {
        id: 'flor',
        title: { es: 'Flor', en: 'Flor' },
        transcript: {
          es: 'Flor recibió una oferta de trabajo que resultó no ser lo que le prometieron. La explotación laboral es uno de los fines de la trata de personas. Infórmate y denuncia (en México) al 800 5533 000.',
          en: 'Flor got a job offer that turned out not to be what she was promised. Labour exploitation is one of the ends of trafficking in persons. Get informed and report it (in Mexico) at 800 5533 000.',
        },
      },
      {
        id: 'salario-y-papeles',
        title: { es: 'Le prometieron salario y papeles', en: 'Promised a wage and papers' },
        transcript: {
          es: 'Le prometieron un buen salario y ayuda para regularizar su situación migratoria, pero la realidad fue otra. La explotación laboral es uno de los fines de la trata de personas. Como migrante tienes derechos. Si los están violando, denuncia (en México) llamando al 800 5533 000.',
          en: 'He was promised a good salary and help in regularizing his migration situation, but reality was different. Labour exploitation is one of the ends of trafficking in persons. As a migrant you have rights. If they are being violated, report (in Mexico) by calling 800 5533 000.',
        },
      },
      {
        id: 'documentos',
        title: { es: 'Documentos retenidos', en: 'Documents withheld' },
        transcript: {
          es: 'Si alguien retiene tus documentos o cambia las condiciones del trabajo después de que lo aceptaste, podrías estar en una situación de trata de personas. Si sospechas, denuncia (en México) llamando al 800 5533 000.',
          en: 'If someone withholds your documents or they change the conditions of the job after you took it, you could be in a situation of trafficking in persons. If you have suspicions, report (in Mexico) by calling 800 5533 000.',
        },
      },
    ],
    links: ['piensalo', 'lineas'],
    transcriptLanguage: 'en',
    provenance: { sources: src('thinkTwiceCamp', 'colmenaThinkTwice', 'thinkTwiceHn'), reviewed, sensitivity: 'red' },
  },
  {
    slug: 'trabajadores-fronterizos',
    title: { es: 'Por los derechos laborales de las personas trabajadoras fronterizas guatemaltecas', en: 'For the labour rights of Guatemalan migrant border workers' },
    summary: {
      es: 'Campaña lanzada el 10 de diciembre de 2021 por el Ministerio de Trabajo de Guatemala, el INM, la Secretaría del Trabajo de México y la OIM para promover el trabajo regular en México con la TVTF. El INM emitió 51,629 TVTF entre 2016 y 2021 (son tarjetas, no personas distintas). En 2017, el 47 % de los cruces de trabajadores guatemaltecos se hizo con TVTF y el 35 % con TVR. Línea del INM: 800 00 46264.',
      en: 'Launched on 10 December 2021 by Guatemala’s Ministry of Labour, INM, Mexico’s Labour Ministry and IOM to promote regular work in Mexico with the TVTF. INM issued 51,629 TVTF cards in 2016–2021 (cards, not distinct people). In 2017, 47% of border crossings by Guatemalan workers were made with a TVTF and 35% with a TVR. INM line: 800 00 46264.',
    },
    stories: [],
    links: ['opciones', 'lineas'],
    provenance: { sources: src('iomTvtfLaunch', 'fairRecruitment'), reviewed, sensitivity: 'yellow' },
  },
];
