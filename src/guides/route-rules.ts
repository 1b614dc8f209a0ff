import type { RouteId } from '../content/routes-content.js';
import type { SourceId } from '../content/sources.js';
import type { Text } from '../content/text.js';
import { RULE_TRANSLATIONS } from './rule-translations.js';

/**
 * The route finder's rules, kept as data so that an editor can read, review and version them without reading code.
 * Each rule names the route it may open, why, its legal basis and its sources. Bump RULES_VERSION on any change:
 * the version is shown with every result so a caseworker knows which rules produced it.
 */
export const RULES_VERSION = '2026-11-28.1';

export const NATIONALITIES = ['gt', 'bz', 'sv', 'hn', 'ni', 'cu', 've', 'ht', 'co', 'ec', 'br', 'other'] as const;
export type Nationality = (typeof NATIONALITIES)[number];

export const PLACES = ['tapachula', 'ciudad-hidalgo', 'motozintla', 'chiapas-other', 'tenosique', 'tabasco-other', 'campeche', 'quintana-roo', 'yucatan', 'mexico-other', 'outside'] as const;
export type PlaceCode = (typeof PLACES)[number];

export const GOALS = ['work', 'visit', 'stay', 'protection', 'return'] as const;
export type Goal = (typeof GOALS)[number];

export const YES_NO = ['yes', 'no'] as const;
export const FEAR = ['yes', 'no', 'unsure'] as const;
export const FAMILY = ['mexican', 'resident', 'none'] as const;

/** A person's answers once checked; every field is one of the allowed values. */
export interface Profile {
  nationality: Nationality;
  place: PlaceCode;
  goals: Goal[];
  /** ISO date of entry to Mexico; absent only when the person is outside Mexico. */
  entry?: string;
  fear: (typeof FEAR)[number];
  family: (typeof FAMILY)[number];
  crime: (typeof YES_NO)[number];
  child: (typeof YES_NO)[number];
}

export type Condition =
  | { field: 'nationality'; in: readonly Nationality[] }
  | { field: 'fear'; in: readonly Profile['fear'][] }
  | { field: 'family'; in: readonly Profile['family'][] }
  | { field: 'crime' | 'child'; in: readonly ('yes' | 'no')[] }
  | { goal: Goal }
  | { inMexico: boolean }
  | { all: Condition[] }
  | { any: Condition[] };

export interface RouteRule {
  id: string;
  route: RouteId;
  when: Condition;
  /** Why the route may fit, in the reader's words. */
  because: Text;
  legalBasis: string;
  sources: SourceId[];
}

const fears: Condition = { any: [{ field: 'fear', in: ['yes', 'unsure'] }, { goal: 'protection' }] };

export const RULES: RouteRule[] = [
  {
    id: 'tvtf-border-work',
    route: 'tvtf',
    when: { all: [{ field: 'nationality', in: ['gt', 'bz'] }, { goal: 'work' }] },
    because: { es: 'Usted es de Guatemala o Belice y quiere trabajar: la TVTF permite trabajar en Campeche, Chiapas, Quintana Roo y Tabasco con una oferta de trabajo escrita.', en: 'You are from Guatemala or Belize and want to work: the TVTF allows work in Campeche, Chiapas, Quintana Roo and Tabasco with a written job offer.' },
    legalBasis: 'Ley de Migración, art. 52, fracc. IV',
    sources: ['lmArt52Blog', 'cgdTvtf', 'colmenaTvtf'],
  },
  {
    id: 'tvr-regional-visit',
    route: 'tvr',
    when: { all: [{ field: 'nationality', in: ['gt', 'bz', 'sv', 'hn'] }, { goal: 'visit' }] },
    because: { es: 'Usted es de Guatemala, Belice, El Salvador u Honduras y quiere visitar el sur de México: la TVR es gratuita y permite visitas de hasta 7 días, sin trabajo pagado.', en: 'You are from Guatemala, Belize, El Salvador or Honduras and want to visit southern Mexico: the TVR is free and allows visits of up to 7 days, without paid work.' },
    legalBasis: 'Ley de Migración, art. 52, fracc. III',
    sources: ['jornadaTvr', 'rlm132', 'infodignaTvr'],
  },
  {
    id: 'comar-fear-of-return',
    route: 'comar',
    when: fears,
    because: { es: 'Usted dijo que teme volver a su país o busca protección: puede pedir la condición de refugiado ante COMAR.', en: 'You said you fear returning or are looking for protection: you can apply for refugee status with COMAR.' },
    legalBasis: 'LRPCAP, art. 18',
    sources: ['sauzaArt18', 'gobComar'],
  },
  {
    id: 'complementary-fear-of-harm',
    route: 'complementary',
    when: fears,
    because: { es: 'Si no le reconocen como refugiado pero su vida corre peligro o arriesga tortura o tratos crueles en su país, México no debe devolverle.', en: 'If you are not recognised as a refugee but your life is threatened or you risk torture or cruel treatment at home, Mexico must not return you.' },
    legalBasis: 'LRPCAP, art. 2, fracc. IV',
    sources: ['unhcrComplementary', 'omiComplementary'],
  },
  {
    id: 'tvrh-asylum-applicant',
    route: 'tvrh',
    when: fears,
    because: { es: 'Mientras COMAR decide su solicitud puede pedir la TVRH, que incluye permiso de trabajo.', en: 'While COMAR decides your application you can request a TVRH, which includes a work permit.' },
    legalBasis: 'Ley de Migración, art. 52, fracc. V (c)',
    sources: ['consultoresTvrh', 'sinFronterasTvrh', 'clinicaComar'],
  },
  {
    id: 'tvrh-crime-victim-witness',
    route: 'tvrh',
    when: { field: 'crime', in: ['yes'] },
    because: { es: 'Usted fue víctima o testigo de un delito en México: puede pedir la TVRH hasta que termine el caso, y puede trabajar.', en: 'You were a victim or witness of a crime in Mexico: you can request a TVRH until the case ends, and you may work.' },
    legalBasis: 'Ley de Migración, art. 52, fracc. V (a)',
    sources: ['consultoresTvrh', 'unMigrationLaw'],
  },
  {
    id: 'tvrh-unaccompanied-child',
    route: 'tvrh',
    when: { field: 'child', in: ['yes'] },
    because: { es: 'Usted es menor de 18 años y viaja sin su madre, padre o tutor: la ley prevé la TVRH para niñas, niños y adolescentes no acompañados.', en: 'You are under 18 and travelling without a parent or guardian: the law provides a TVRH for unaccompanied children.' },
    legalBasis: 'Ley de Migración, art. 52, fracc. V (b) y art. 74',
    sources: ['consultoresTvrh', 'unMigrationLaw'],
  },
  {
    id: 'art133-family-ties',
    route: 'art133',
    when: { all: [{ field: 'family', in: ['mexican', 'resident'] }, { inMexico: true }] },
    because: { es: 'Usted tiene un vínculo familiar (cónyuge, pareja, madre, padre, hija, hijo o tutela) con una persona mexicana o extranjera residente: la ley le da derecho a regularizarse.', en: 'You have a family tie (spouse, partner, parent, child or guardianship) with a Mexican or a resident foreigner: the law gives you a right to regularize.' },
    legalBasis: 'Ley de Migración, art. 133; Lineamientos (DOF 8 nov 2012), art. 51',
    sources: ['art133', 'inmFamilyFaq'],
  },
  {
    id: 'art133-crime-victim-witness',
    route: 'art133',
    when: { all: [{ field: 'crime', in: ['yes'] }, { inMexico: true }] },
    because: { es: 'Las víctimas o testigos de un delito grave tienen derecho a regularizarse.', en: 'Victims or witnesses of a serious crime have a right to regularize.' },
    legalBasis: 'Ley de Migración, art. 133',
    sources: ['art133'],
  },
  {
    id: 'rva-wants-to-return',
    route: 'rva',
    when: { goal: 'return' },
    because: { es: 'Usted quiere volver a su país: el programa de la OIM es gratuito y voluntario.', en: 'You want to go back to your country: the IOM programme is free and voluntary.' },
    legalBasis: 'Programa de la OIM',
    sources: ['iomRva'],
  },
];

for (const rule of RULES) Object.assign(rule.because, RULE_TRANSLATIONS[rule.id]);
