import { FACT_SHEET_REVIEWED, type Provenance } from './provenance.js';
import { src } from './sources.js';
import type { Text } from './text.js';

/** The eight countries of IOM's 2021 regional study of regularization programmes and processes. */
export const STUDY_COUNTRIES = ['bz', 'cr', 'sv', 'gt', 'hn', 'mx', 'pa', 'do'] as const;
export type StudyCountry = (typeof STUDY_COUNTRIES)[number];

/**
 * One regularization initiative. Fields the sources do not support stay undefined and are shown as "not known":
 * the study's own list of 57 initiatives was not retrieved, so only initiatives with their own sources appear.
 */
export interface Initiative {
  id: string;
  country: StudyCountry;
  name: Text;
  forWhom: Text;
  /** Whether it was created explicitly for people in irregular status; undefined when no source says. */
  createdForIrregular?: boolean;
  requirements?: Text;
  cost?: Text;
  status?: 'active' | 'closed';
  provenance: Provenance;
}

export const REGIONAL_STUDY = {
  title: { es: 'Estudio Regional: Programas y procesos de regularización migratoria (OIM, 2021)', en: 'Regional Study: Migratory Regularization Programmes and Processes (IOM, 2021)' } satisfies Text,
  findings: {
    es: 'El estudio encontró 57 iniciativas activas en Belice, Costa Rica, El Salvador, Guatemala, Honduras, México, Panamá y República Dominicana; 24 se crearon expresamente para personas en situación irregular. El principal criterio fue el vínculo familiar; otros, el tiempo de estancia, el permiso de trabajo y la nacionalidad. Dos de los cuatro desafíos señalados: los costos altos (derechos, multas, abogados, transporte, traducción) y los procedimientos complejos, con información dispersa, poco accesible y no multilingüe.',
    en: 'The study found 57 active initiatives in Belize, Costa Rica, El Salvador, Guatemala, Honduras, Mexico, Panama and the Dominican Republic; 24 were created explicitly for people in irregular status. Family ties were the main criterion; others were length of stay, work permits and nationality. Two of the four challenges it names: high costs (fees, fines, lawyers, transport, translation) and complex procedures, with information that is scattered, not accessible and not multilingual.',
  } satisfies Text,
  provenance: { sources: src('regionalStudy', 'regionalStudyRepo'), reviewed: FACT_SHEET_REVIEWED, sensitivity: 'green' } satisfies Provenance,
};

const reviewed = FACT_SHEET_REVIEWED;

export const INITIATIVES: Initiative[] = [
  {
    id: 'mx-tvtf',
    country: 'mx',
    name: { es: 'Tarjeta de Visitante Trabajador Fronterizo (TVTF)', en: 'Border Worker Visitor Card (TVTF)' },
    forWhom: { es: 'Personas de Guatemala y Belice con oferta de trabajo en Campeche, Chiapas, Quintana Roo o Tabasco.', en: 'Nationals of Guatemala and Belize with a job offer in Campeche, Chiapas, Quintana Roo or Tabasco.' },
    requirements: { es: 'Oferta de trabajo escrita, identificación, tres fotografías.', en: 'Written job offer, ID, three photos.' },
    cost: { es: 'MXN 560; gratis con salario mínimo.', en: 'MXN 560; free at the minimum wage.' },
    status: 'active',
    provenance: { sources: src('colmenaTvtf', 'cgdTvtf'), reviewed, sensitivity: 'yellow' },
  },
  {
    id: 'mx-tvr',
    country: 'mx',
    name: { es: 'Tarjeta de Visitante Regional (TVR)', en: 'Regional Visitor Card (TVR)' },
    forWhom: { es: 'Personas de Guatemala, Belice, El Salvador y Honduras que visitan el sur de México.', en: 'Nationals of Guatemala, Belize, El Salvador and Honduras visiting southern Mexico.' },
    requirements: { es: 'DPI, cédula o pasaporte (Guatemala); pasaporte (otras nacionalidades).', en: 'DPI, cédula or passport (Guatemala); passport (other nationalities).' },
    cost: { es: 'Gratis.', en: 'Free.' },
    status: 'active',
    provenance: { sources: src('jornadaTvr', 'infodignaTvr', 'inmTvr'), reviewed, sensitivity: 'yellow' },
  },
  {
    id: 'mx-art133-family',
    country: 'mx',
    name: { es: 'Regularización por vínculo familiar (Ley de Migración art. 133)', en: 'Regularization through family ties (Migration Law art. 133)' },
    forWhom: { es: 'Cónyuge, pareja, madre, padre, hija, hijo o tutor de una persona mexicana o extranjera residente.', en: 'Spouse, partner, parent, child or guardian of a Mexican or a resident foreigner.' },
    requirements: { es: 'Formulario en línea; identificación, pago de derechos y multa del art. 145 salvo exención.', en: 'Online form; ID, fee and the art. 145 fine unless exempt.' },
    status: 'active',
    provenance: { sources: src('art133', 'inmFamilyFaq'), reviewed, sensitivity: 'yellow' },
  },
];
