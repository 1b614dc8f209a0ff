import { FACT_SHEET_REVIEWED, type Provenance } from './provenance.js';
import { src } from './sources.js';
import type { Text } from './text.js';
import { HOTLINE_TRANSLATIONS } from './hotlines-translations.js';

/** A help line as the fact sheet supports it; a field the sources do not give is left undefined, never guessed. */
export interface Hotline {
  id: string;
  country: 'mx' | 'gt' | 'hn';
  name: Text;
  /** Numbers as written in the source; `dial` is what a phone link calls. */
  numbers: { display: string; dial: string; whatsapp?: boolean }[];
  operator?: Text;
  hours?: Text;
  free?: boolean;
  purpose: Text;
  provenance: Provenance;
}

const reviewed = FACT_SHEET_REVIEWED;

export const HOTLINES: Hotline[] = [
  {
    id: 'trata-mx',
    country: 'mx',
    name: { es: 'Línea y Chat Nacional contra la Trata', en: 'National Anti-Trafficking Line and Chat' },
    numbers: [{ display: '800 5533 000', dial: '+528005533000', whatsapp: true }],
    operator: { es: 'Consejo Ciudadano para la Seguridad y Justicia de la Ciudad de México (desde 2003)', en: 'Citizens’ Council for Security and Justice of Mexico City (since 2003)' },
    hours: { es: '24 horas, 7 días; anónima', en: '24/7; anonymous' },
    purpose: { es: 'Denunciar la trata de personas o pedir orientación.', en: 'Report trafficking in persons or ask for guidance.' },
    provenance: { sources: src('horas24Trata', 'telefonoRojo'), reviewed, sensitivity: 'red' },
  },
  {
    id: 'emergencias-mx',
    country: 'mx',
    name: { es: 'Emergencias', en: 'Emergencies' },
    numbers: [{ display: '911', dial: '911' }],
    purpose: { es: 'Emergencias en México.', en: 'Emergencies in Mexico.' },
    provenance: { sources: src('queretaro911'), reviewed, sensitivity: 'red' },
  },
  {
    id: 'denuncia-mx',
    country: 'mx',
    name: { es: 'Denuncia anónima', en: 'Anonymous report' },
    numbers: [{ display: '089', dial: '089' }],
    purpose: { es: 'Denuncia anónima; acepta denuncias de trata.', en: 'Anonymous reports; accepts trafficking reports.' },
    provenance: { sources: src('queretaro911'), reviewed, sensitivity: 'red' },
  },
  {
    id: 'inm-mx',
    country: 'mx',
    name: { es: 'Centro de atención telefónica del INM', en: 'INM call centre' },
    numbers: [{ display: '800 00 46264', dial: '+528000046264' }],
    operator: { es: 'Instituto Nacional de Migración (INM)', en: 'National Migration Institute (INM)' },
    purpose: { es: 'Información sobre trámites migratorios, incluida la TVTF.', en: 'Information on migration procedures, including the TVTF.' },
    provenance: { sources: src('iomTvtfLaunch', 'colmenaTvtf'), reviewed, sensitivity: 'yellow' },
  },
  {
    id: 'cndh-mx',
    country: 'mx',
    name: { es: 'Comisión Nacional de los Derechos Humanos (CNDH)', en: 'National Human Rights Commission (CNDH)' },
    numbers: [{ display: '(55) 5681 8125', dial: '+525556818125' }],
    operator: { es: 'CNDH', en: 'CNDH' },
    purpose: { es: 'Quejas por violaciones de derechos humanos.', en: 'Complaints about human rights violations.' },
    provenance: { sources: src('cndhCatalogue'), reviewed, sensitivity: 'yellow', unverified: true },
  },
  {
    id: 'mintrab-gt',
    country: 'gt',
    name: { es: 'Ministerio de Trabajo y Previsión Social (MINTRAB)', en: 'Ministry of Labour (MINTRAB)' },
    numbers: [
      { display: '2420-3400', dial: '+50224203400' },
      { display: '1511', dial: '1511' },
      { display: '+502 2422-2525', dial: '+50224222525', whatsapp: true },
    ],
    operator: { es: 'Gobierno de Guatemala', en: 'Government of Guatemala' },
    purpose: { es: 'Derechos laborales de personas trabajadoras guatemaltecas, también en México.', en: 'Labour rights of Guatemalan workers, also in Mexico.' },
    provenance: { sources: src('colmenaTvtf'), reviewed, sensitivity: 'yellow' },
  },
  {
    id: 'pdh-gt',
    country: 'gt',
    name: { es: 'Procuraduría de los Derechos Humanos (PDH)', en: 'Human Rights Ombudsman (PDH)' },
    numbers: [{ display: '1555', dial: '1555' }],
    purpose: { es: 'Defensa de los derechos humanos en Guatemala.', en: 'Human rights defence in Guatemala.' },
    provenance: { sources: src('pdh2017'), reviewed, sensitivity: 'yellow', unverified: true },
  },
  {
    id: 'trata-hn',
    country: 'hn',
    name: { es: 'Línea contra la trata 145 (CICESCT)', en: 'Anti-trafficking line 145 (CICESCT)' },
    numbers: [
      { display: '145', dial: '145' },
      { display: '3399-4699', dial: '+50433994699' },
    ],
    operator: { es: 'CICESCT', en: 'CICESCT' },
    purpose: { es: 'Denunciar la trata de personas en Honduras.', en: 'Report trafficking in persons in Honduras.' },
    provenance: { sources: src('laprensa145', 'ffaa145'), reviewed, sensitivity: 'red' },
  },
  {
    id: 'siamigh-hn',
    country: 'hn',
    name: { es: 'SIAMIGH@, centro de llamadas consular de Honduras', en: 'SIAMIGH@, Honduras consular call centre' },
    numbers: [
      { display: '+504 3337-3887', dial: '+50433373887' },
      { display: '+504 3337-2724', dial: '+50433372724' },
      { display: '+504 3337-9047', dial: '+50433379047', whatsapp: true },
    ],
    purpose: { es: 'Citas consulares, por ejemplo para pasaporte.', en: 'Consular appointments, for example for passports.' },
    provenance: { sources: src('siamigh'), reviewed, sensitivity: 'yellow' },
  },
];

export const HOTLINE_COUNTRIES = ['mx', 'gt', 'hn'] as const;

for (const h of HOTLINES) {
  const tr = HOTLINE_TRANSLATIONS[h.id];
  if (!tr) continue;
  Object.assign(h.name, tr.name);
  Object.assign(h.purpose, tr.purpose);
  if (h.hours && tr.hours) Object.assign(h.hours, tr.hours);
}
