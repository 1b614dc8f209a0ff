import { FACT_SHEET_REVIEWED, type Provenance } from './provenance.js';
import { src } from './sources.js';
import type { Text } from './text.js';
import { ROUTE_DETAIL_TRANSLATIONS } from './routes-translations-details.js';
import { ROUTE_TRANSLATIONS } from './routes-translations.js';

/** A migratory route as readers see it; what makes a person eligible lives in the route rules. */
export interface RouteInfo {
  id: RouteId;
  name: Text;
  legalBasis: string;
  summary: Text;
  requirements: Text[];
  cost: Text;
  whereToApply: Text;
  warnings: Text[];
  provenance: Provenance;
}

export type RouteId = 'tvtf' | 'tvr' | 'tvrh' | 'comar' | 'complementary' | 'art133' | 'rva';

const reviewed = FACT_SHEET_REVIEWED;

export const ROUTES: Record<RouteId, RouteInfo> = {
  tvtf: {
    id: 'tvtf',
    name: { es: 'Tarjeta de Visitante Trabajador Fronterizo (TVTF)', en: 'Border Worker Visitor Card (TVTF)' },
    legalBasis: 'Ley de Migración, art. 52, fracc. IV',
    summary: {
      es: 'Para personas de Guatemala y Belice con una oferta de trabajo en Campeche, Chiapas, Quintana Roo o Tabasco. Quien la tiene puede trabajar. La duración exacta de la estancia no está verificada.',
      en: 'For nationals of Guatemala and Belize with a job offer in Campeche, Chiapas, Quintana Roo or Tabasco. Holders may work. The exact length of stay is not verified.',
    },
    requirements: [
      { es: 'Oferta de trabajo por escrito firmada por el empleador, con salario, ocupación, duración, lugar y registro del empleador.', en: 'A written job offer signed by the employer, stating salary, occupation, duration, place and employer registration.' },
      { es: 'Identificación vigente.', en: 'Valid ID.' },
      { es: 'Tres fotografías de 2.5 × 3 cm.', en: 'Three photos, 2.5 × 3 cm.' },
    ],
    cost: { es: 'MXN 560; gratis si el salario es igual al salario mínimo.', en: 'MXN 560; free if the wage equals the minimum wage.' },
    whereToApply: {
      es: 'En persona y sin intermediarios pagados, en las oficinas del INM en los 7 puntos de cruce del sur. Pasos: entrevista, resolución, datos biométricos y entrega de la tarjeta.',
      en: 'In person and alone, with no paid helper, at INM offices at the 7 southern crossing points. Steps: interview, decision, biometrics and delivery of the card.',
    },
    warnings: [
      { es: 'Con la TVTF tiene los derechos de la Ley Federal del Trabajo: jornada de 8 horas, pago de horas extra, servicio médico, sindicato y protección contra el acoso.', en: 'With a TVTF you have the rights of the Federal Labour Law: an 8-hour day, overtime pay, medical service, union membership and protection from harassment.' },
    ],
    provenance: { sources: src('lmArt52Blog', 'cgdTvtf', 'colmenaTvtf', 'iomTvtfLaunch'), reviewed, sensitivity: 'yellow' },
  },
  tvr: {
    id: 'tvr',
    name: { es: 'Tarjeta de Visitante Regional (TVR)', en: 'Regional Visitor Card (TVR)' },
    legalBasis: 'Ley de Migración, art. 52, fracc. III; Reglamento, art. 132',
    summary: {
      es: 'Para visitar Campeche, Chiapas, Tabasco, Quintana Roo y Yucatán con entradas múltiples, hasta 7 días por entrada. No permite trabajo pagado. Para personas de Guatemala, Belice, El Salvador y Honduras (y residentes permanentes de esos países).',
      en: 'To visit Campeche, Chiapas, Tabasco, Quintana Roo and Yucatán with multiple entries, up to 7 days per entry. No paid work. For nationals of Guatemala, Belize, El Salvador and Honduras (and permanent residents of those countries).',
    },
    requirements: [
      { es: 'Personas guatemaltecas: DPI, cédula o pasaporte. Otras nacionalidades: pasaporte. Residentes extranjeros: comprobante de residencia.', en: 'Guatemalans: DPI, cédula or passport. Other nationalities: passport. Foreign residents: proof of residence.' },
      { es: 'Menores: acta de nacimiento de menos de 6 meses y, si no viajan con ambos padres, permiso notariado (Guatemala) o certificado por Juez de Paz.', en: 'Minors: birth certificate under 6 months old and, if not with both parents, notarized (Guatemala) or Justice-of-Peace-certified parental permission.' },
    ],
    cost: { es: 'Gratis. Válida hasta 5 años.', en: 'Free. Valid for up to 5 years.' },
    whereToApply: { es: 'En la oficina del INM de un cruce terrestre.', en: 'At the INM office at a land crossing.' },
    warnings: [{ es: 'La tarjeta es gratuita: no pague a gestores que la venden.', en: 'The card is free: do not pay fixers who sell it.' }],
    provenance: { sources: src('jornadaTvr', 'rlm132', 'infodignaTvr', 'hispanoTvr', 'inmTvr'), reviewed, sensitivity: 'yellow' },
  },
  tvrh: {
    id: 'tvrh',
    name: { es: 'Tarjeta de Visitante por Razones Humanitarias (TVRH)', en: 'Humanitarian Visitor Card (TVRH)' },
    legalBasis: 'Ley de Migración, art. 52, fracc. V',
    summary: {
      es: 'Para víctimas o testigos de un delito en México (hasta que termine el caso), niñas, niños y adolescentes no acompañados (LM art. 74) y solicitantes de refugio o protección complementaria (hasta la resolución), y otros casos humanitarios o de interés público.',
      en: 'For victims or witnesses of a crime in Mexico (until the case ends), unaccompanied children (LM art. 74) and applicants for refugee status or complementary protection (until the decision), and other humanitarian or public-interest cases.',
    },
    requirements: [
      { es: 'Solicitantes de refugio: con la constancia de COMAR se puede pedir la TVRH.', en: 'Asylum applicants: with the COMAR constancia you can request a TVRH.' },
    ],
    cost: { es: 'Gratis. En la práctica suele valer 1 año, incluye permiso de trabajo y se renueva solo mientras siga siendo solicitante.', en: 'Free. In practice usually valid for 1 year, includes a work permit, and renewable only while the person is still an applicant.' },
    whereToApply: { es: 'Ante el INM.', en: 'At INM.' },
    warnings: [
      { es: 'En enero de 2024 organizaciones denunciaron que el INM entregaba un oficio en lugar de la tarjeta.', en: 'In January 2024 NGOs reported that INM gave an official letter instead of the card.' },
    ],
    provenance: { sources: src('consultoresTvrh', 'unMigrationLaw', 'sinFronterasTvrh', 'clinicaComar'), reviewed, sensitivity: 'yellow' },
  },
  comar: {
    id: 'comar',
    name: { es: 'Condición de refugiado (COMAR)', en: 'Refugee status (COMAR)' },
    legalBasis: 'Ley sobre Refugiados, Protección Complementaria y Asilo Político, art. 18',
    summary: {
      es: 'Si teme volver a su país, puede pedir refugio. El plazo es de 30 días hábiles desde el día hábil siguiente a su entrada (o desde que le fue materialmente posible). La solicitud puede ser oral y es gratuita. COMAR debe resolver en 45 días hábiles.',
      en: 'If you fear returning to your country you can apply for refugee status. The limit is 30 working days from the working day after entry (or from when it became materially possible). Applications may be oral and are free. COMAR must decide within 45 working days.',
    },
    requirements: [
      { es: 'Presentarse ante COMAR o ante el INM (que envía el caso a COMAR).', en: 'Apply at COMAR or at INM (which forwards the case).' },
      { es: 'Firmar cada semana (art. 24 del Reglamento).', en: 'Sign in every week (art. 24 of the Regulation).' },
      { es: 'Quedarse en el estado donde presentó la solicitud: la constancia no permite viajar por el país.', en: 'Stay in the state where you applied: the constancia does not let you travel through the country.' },
    ],
    cost: { es: 'Gratis.', en: 'Free.' },
    whereToApply: { es: 'En una oficina de COMAR o del INM.', en: 'At a COMAR or INM office.' },
    warnings: [
      { es: 'Tiene derecho a confidencialidad, a no ser devuelto a su país, a un abogado y a un intérprete. No se avisa a su consulado sin su consentimiento (art. 22 del Reglamento).', en: 'You have the right to confidentiality, not to be returned, to a lawyer and to an interpreter. Your consulate is not told without your consent (art. 22 of the Regulation).' },
      { es: 'Si le niegan el refugio puede recurrir en 15 días hábiles.', en: 'A refusal can be appealed within 15 working days.' },
      { es: 'Con la solicitud se emite una CURP temporal de hasta 180 días, renovable una vez.', en: 'A temporary CURP is issued for up to 180 days, renewable once.' },
    ],
    provenance: { sources: src('sauzaArt18', 'clinicaComar', 'gobComar', 'rimapReg', 'constanciaTravel', 'curpTemp'), reviewed, sensitivity: 'red' },
  },
  complementary: {
    id: 'complementary',
    name: { es: 'Protección complementaria', en: 'Complementary protection' },
    legalBasis: 'Ley sobre Refugiados, Protección Complementaria y Asilo Político, art. 2, fracc. IV',
    summary: {
      es: 'Si no se le reconoce como refugiado pero su vida corre peligro en su país o arriesga tortura o tratos crueles, México no debe devolverlo. Da residencia permanente.',
      en: 'If you are not recognised as a refugee but your life is threatened in your country or you risk torture or cruel treatment, Mexico must not return you. It gives permanent residence.',
    },
    requirements: [],
    cost: { es: 'No verificado.', en: 'Not verified.' },
    whereToApply: { es: 'Pregunte a un servicio de asesoría legal gratuita cómo pedirla: el artículo que la otorga no está verificado aquí.', en: 'Ask free legal aid how to request it: the article that grants it is not verified here.' },
    warnings: [{ es: 'Mientras su solicitud está en trámite puede pedir la TVRH (Ley de Migración art. 52-V).', en: 'While your application is pending you can request a TVRH (Migration Law art. 52-V).' }],
    provenance: { sources: src('unhcrComplementary', 'omiComplementary', 'gobComar'), reviewed, sensitivity: 'red' },
  },
  art133: {
    id: 'art133',
    name: { es: 'Regularización (Ley de Migración art. 133)', en: 'Regularization (Migration Law art. 133)' },
    legalBasis: 'Ley de Migración, art. 133; Reglamento, art. 144',
    summary: {
      es: 'Tienen derecho a regularizarse: cónyuge, pareja, madre, padre, hija, hijo o tutor de una persona mexicana o de una persona extranjera residente; víctimas o testigos de un delito grave; personas en situación de vulnerabilidad que impide su deportación; niñas y niños en un caso de sustracción internacional. El Reglamento añade otros casos, como un documento vencido hace no más de 60 días, o embarazo, pertenencia a un pueblo indígena o edad avanzada.',
      en: 'Those with a right to regularize: a spouse, partner, parent, child or legal custodian of a Mexican or of a resident foreigner; victims or witnesses of a serious crime; people too vulnerable to be deported; children in an international abduction case. The Regulation adds other grounds, such as a document expired for no more than 60 days, or pregnancy, being Indigenous or an older adult.',
    },
    requirements: [
      { es: 'Vínculo familiar: formulario en línea y luego trámite en el INM con identificación, el pago de derechos y la multa del art. 145, salvo que esté exento.', en: 'Family ties: an online form, then filing at INM with ID, the fee and the fine under art. 145 unless exempt.' },
    ],
    cost: { es: 'Pago de derechos y multa del art. 145 de la Ley de Migración, salvo exención. Los montos no están verificados aquí.', en: 'A fee and the fine under Migration Law art. 145, unless exempt. The amounts are not verified here.' },
    whereToApply: { es: 'En el INM, después del formulario en línea.', en: 'At INM, after the online form.' },
    warnings: [],
    provenance: { sources: src('art133', 'rlm144', 'inmFamilyFaq'), reviewed, sensitivity: 'yellow' },
  },
  rva: {
    id: 'rva',
    name: { es: 'Retorno Asistido Voluntario de la OIM (RVA)', en: 'IOM Assisted Voluntary Return (RVA)' },
    legalBasis: 'Programa de la OIM (no es un trámite migratorio del Estado)',
    summary: {
      es: 'Si decide volver a su país, el programa de la OIM es gratuito y voluntario: usted elige libremente y con información. Funciona desde finales de 2018, en Ciudad Juárez, Tijuana, Monterrey, Tapachula y Tenosique.',
      en: 'If you decide to go back, the IOM programme is free and voluntary: a free and informed choice. It has run since late 2018, in Ciudad Juárez, Tijuana, Monterrey, Tapachula and Tenosique.',
    },
    requirements: [{ es: 'Decidir libremente volver.', en: 'Freely deciding to return.' }],
    cost: { es: 'Gratis.', en: 'Free.' },
    whereToApply: { es: 'Con la OIM en Ciudad Juárez, Tijuana, Monterrey, Tapachula o Tenosique.', en: 'With IOM in Ciudad Juárez, Tijuana, Monterrey, Tapachula or Tenosique.' },
    warnings: [
      { es: 'El "retorno asistido" del INM es otro procedimiento, del Estado; no es lo mismo.', en: 'INM\'s "assisted return" is a separate state procedure; it is not the same.' },
      { es: 'Si teme volver, hable antes con un servicio de asesoría legal gratuita: podría tener derecho a protección.', en: 'If you fear going back, talk to free legal aid first: you may have a right to protection.' },
    ],
    provenance: { sources: src('iomRva', 'diarioRva'), reviewed, sensitivity: 'yellow' },
  },
};

for (const [id, tr] of Object.entries(ROUTE_TRANSLATIONS) as [RouteId, (typeof ROUTE_TRANSLATIONS)[RouteId]][]) {
  Object.assign(ROUTES[id].name, tr.name);
  Object.assign(ROUTES[id].summary, tr.summary);
  const d = ROUTE_DETAIL_TRANSLATIONS[id];
  const r = ROUTES[id];
  // Merged by position; the content tests check that each list has as many translations as texts.
  d.requirements.forEach((x, i) => r.requirements[i] && Object.assign(r.requirements[i], x));
  d.warnings.forEach((x, i) => r.warnings[i] && Object.assign(r.warnings[i], x));
  Object.assign(r.cost, d.cost);
  Object.assign(r.whereToApply, d.whereToApply);
}
