/**
 * The listings of the relevance test directory, written by hand the way real directory entries
 * are written: varied names ("Casa del migrante", "Estancia temporal", "Desayunos gratuitos"),
 * some in English, French, Haitian Creole or Portuguese, some that never use the obvious word,
 * and a few traps (a nursing home called "asilo", a boarding school called "albergue", an animal
 * shelter, a closed disaster shelter).
 *
 * EVERYTHING HERE IS FICTITIOUS TEST DATA. The organizations, services and sites do not exist;
 * names are suffixed " [prueba]" by the builder; there are no real phone numbers or addresses.
 * Where a listing names a public institution (COMAR, INM, a consulate), it is an invented office
 * of it, for testing only.
 *
 * `needs` are the codes of src/taxonomy/data/needs.json that describe what the listing offers;
 * they are written as HSDS attributes unless `untagged` is set (about one listing in six, as in
 * real data, is text only). `pop` are population codes of src/taxonomy/data/ruta-profile-taxonomy.json.
 */

export interface OrgSpec {
  key: string;
  name: string;
  description: string;
  legal?: string;
}

export type Status = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

export interface ListingSpec {
  /** Readable key used by the judgments; the prefix before the first "-" is the place code ("nat" = no site). */
  key: string;
  org: string;
  name: string;
  desc: string;
  needs: string[];
  pop?: string[];
  /** ISO 639-3 codes; Spanish when absent (and nothing for untagged listings). */
  langs?: string[];
  /** "24h", or days and hours: "LV 09-17", "LS 12-15", "LD 17:30-20", "SD 08-12", "MI 10-14", "LMV 09-13", "MA 09-14", "JV 10-14". */
  hours?: string;
  /** Fees text; free of charge when absent; null for no fee information at all. */
  fee?: string | null;
  status?: Status;
  /** assured_date; chosen from the key when absent; null for none. */
  assured?: string | null;
  untagged?: boolean;
  confidential?: boolean;
  alt?: string;
  elig?: string;
  minAge?: number;
  maxAge?: number;
  /** Another site of the same organization in the same town. */
  site?: string;
  /** Phone line or online service without a site (place code "nat"); serves Mexico. */
  line?: boolean;
}

const ORG_NOTE = '(Organización ficticia: datos de prueba.)';

export const ORGS: readonly OrgSpec[] = [
  // Public institutions (invented offices, for testing)
  { key: 'comar', name: 'Comisión Mexicana de Ayuda a Refugiados (oficinas de prueba)', description: `Institución pública que recibe y resuelve las solicitudes de la condición de refugiado en México. ${ORG_NOTE}`, legal: 'Órgano de gobierno' },
  { key: 'inm', name: 'Instituto Nacional de Migración (oficinas de prueba)', description: `Autoridad migratoria de México. ${ORG_NOTE}`, legal: 'Órgano de gobierno' },
  { key: 'renapo', name: 'Módulos de registro de población (prueba)', description: `Módulos de atención del registro de población. ${ORG_NOTE}`, legal: 'Órgano de gobierno' },
  { key: 'salud', name: 'Servicios de salud pública (unidades de prueba)', description: `Centros de salud y hospitales públicos. ${ORG_NOTE}`, legal: 'Órgano de gobierno' },
  { key: 'dif', name: 'Sistema para el Desarrollo Integral de la Familia (oficinas de prueba)', description: `Asistencia social y protección de niñas, niños y adolescentes. ${ORG_NOTE}`, legal: 'Órgano de gobierno' },
  { key: 'empleo', name: 'Servicio de Empleo (módulos de prueba)', description: `Servicio público de vinculación laboral. ${ORG_NOTE}`, legal: 'Órgano de gobierno' },
  { key: 'ddhh', name: 'Comisión de Derechos Humanos (visitadurías de prueba)', description: `Organismo público de defensa de los derechos humanos. ${ORG_NOTE}`, legal: 'Organismo autónomo' },
  { key: 'fiscalia', name: 'Fiscalía de atención a personas migrantes (prueba)', description: `Procuración de justicia para delitos contra personas migrantes. ${ORG_NOTE}`, legal: 'Órgano de gobierno' },
  { key: 'mujeres', name: 'Instituto de las Mujeres (centros de prueba)', description: `Atención a mujeres en situación de violencia. ${ORG_NOTE}`, legal: 'Órgano de gobierno' },
  { key: 'igm', name: 'Instituto Guatemalteco de Migración (delegaciones de prueba)', description: `Autoridad migratoria de Guatemala. ${ORG_NOTE}`, legal: 'Órgano de gobierno' },
  { key: 'pc', name: 'Protección Civil municipal (prueba)', description: `Protección civil y atención de emergencias por desastres. ${ORG_NOTE}`, legal: 'Órgano de gobierno' },
  { key: 'consul-hn', name: 'Consulado de Honduras (ficha de prueba)', description: `Representación consular. ${ORG_NOTE}`, legal: 'Representación diplomática' },
  { key: 'consul-gt', name: 'Consulado de Guatemala (ficha de prueba)', description: `Representación consular. ${ORG_NOTE}`, legal: 'Representación diplomática' },
  { key: 'consul-ht', name: "Ambassade d'Haïti — section consulaire (fiche de test)", description: `Représentation consulaire. ${ORG_NOTE}`, legal: 'Représentation diplomatique' },
  // Civil society
  { key: 'buen-pastor', name: 'Casa del Buen Pastor', description: `Asociación religiosa que da hospitalidad a personas migrantes en Tapachula. ${ORG_NOTE}`, legal: 'Asociación religiosa' },
  { key: 'jesus-migrante', name: 'Centro Pastoral Jesús Migrante', description: `Pastoral de movilidad humana del Soconusco. ${ORG_NOTE}`, legal: 'Asociación religiosa' },
  { key: 'mujeres-frontera', name: 'Colectiva Mujeres de la Frontera Sur', description: `Organización feminista que acompaña a mujeres migrantes y locales. ${ORG_NOTE}` },
  { key: 'clinica-fs', name: 'Clínica Jurídica Frontera Sur', description: `Abogadas y abogados por los derechos de las personas migrantes y refugiadas. ${ORG_NOTE}` },
  { key: 'soconusco-alimentos', name: 'Banco de Alimentos del Soconusco', description: `Banco de alimentos. ${ORG_NOTE}` },
  { key: 'parroquia-sa', name: 'Parroquia San Agustín', description: `Parroquia del centro de Tapachula. ${ORG_NOTE}`, legal: 'Asociación religiosa' },
  { key: 'medicos-camino', name: 'Médicos del Camino', description: `Organización médica humanitaria en la ruta migratoria. ${ORG_NOTE}` },
  { key: 'hospitalidad', name: 'Asociación Hospitalidad y Derechos', description: `Ayuda humanitaria y protección para personas en movilidad. ${ORG_NOTE}` },
  { key: 'kay-ayisyen', name: 'Kay Ayisyen — Casa Haitiana', description: `Organización de la comunidad haitiana. Òganizasyon kominote ayisyen an. ${ORG_NOTE}` },
  { key: 'escuelita', name: 'Escuelita en el Camino', description: `Proyecto educativo para la niñez en movilidad. ${ORG_NOTE}` },
  { key: 'diversidad', name: 'Colectivo Diversidad en Tránsito', description: `Colectivo de personas LGBTIQ+ migrantes. ${ORG_NOTE}` },
  { key: 'movilidad-segura', name: 'Organización para la Movilidad Segura', description: `Organización internacional de asistencia a personas migrantes. ${ORG_NOTE}` },
  { key: 'quetzal', name: 'Envíos y Cambios El Quetzal', description: `Casa de cambio y agencia de envíos de dinero. ${ORG_NOTE}`, legal: 'Empresa' },
  { key: 'san-vicente', name: 'Asilo San Vicente', description: `Institución de asistencia privada para personas adultas mayores. ${ORG_NOTE}`, legal: 'Institución de asistencia privada' },
  { key: 'huellitas', name: 'Huellitas Refugio Animal', description: `Rescate de animales. ${ORG_NOTE}` },
  { key: 'red-positiva', name: 'Red Positiva del Sur', description: `Organización de personas que viven con VIH. ${ORG_NOTE}` },
  { key: 'hermanas-caridad', name: 'Hermanas de la Caridad del Soconusco', description: `Congregación religiosa. ${ORG_NOTE}`, legal: 'Asociación religiosa' },
  { key: 'casa-suchiate', name: 'Casa Suchiate', description: `Albergue y ayuda humanitaria junto al río Suchiate. ${ORG_NOTE}` },
  { key: 'parroquia-rio', name: 'Parroquia del Río', description: `Parroquia de Ciudad Hidalgo. ${ORG_NOTE}`, legal: 'Asociación religiosa' },
  { key: 'ninez-primero', name: 'Niñez Primero', description: `Protección de la infancia en emergencias. ${ORG_NOTE}` },
  { key: 'samaritano', name: 'Comedor Buen Samaritano', description: `Comedor de voluntarios. ${ORG_NOTE}` },
  { key: 'casa-migrante-tec', name: 'Casa del Migrante de Tecún Umán', description: `Albergue para personas migrantes en la frontera de Guatemala con México. ${ORG_NOTE}`, legal: 'Asociación religiosa' },
  { key: 'pastoral-gt', name: 'Pastoral de Movilidad Humana de Guatemala', description: `Pastoral de la Iglesia católica para personas migrantes, retornadas y refugiadas. ${ORG_NOTE}`, legal: 'Asociación religiosa' },
  { key: 'mam-tinamit', name: 'Asociación Mam Tinamit', description: `Asociación de comunidades mam. ${ORG_NOTE}` },
  { key: 'caminantes', name: 'Red Caminantes de la Costa', description: `Voluntariado de ayuda humanitaria en la carretera costera de Chiapas. ${ORG_NOTE}` },
  { key: 'adultos-mayores-hui', name: 'Casa Hogar Los Abuelos', description: `Casa hogar para personas adultas mayores. ${ORG_NOTE}` },
  { key: 'albergue-sur', name: 'Red de Albergues del Sur', description: `Red de casas y albergues para personas migrantes. ${ORG_NOTE}` },
  { key: 'universidad', name: 'Universidad Autónoma (programas de prueba)', description: `Programas de servicio social universitario. ${ORG_NOTE}`, legal: 'Universidad pública' },
  { key: 'centro-ddhh-scl', name: 'Centro de Derechos Humanos de los Altos', description: `Centro de derechos humanos. ${ORG_NOTE}` },
  { key: 'educacion-indigena', name: 'Educación indígena (albergues escolares de prueba)', description: `Programa público de albergues escolares para estudiantes de comunidades rurales. ${ORG_NOTE}`, legal: 'Órgano de gobierno' },
  { key: 'familias-busqueda', name: 'Familias que Buscan', description: `Comité de familias de personas migrantes desaparecidas. ${ORG_NOTE}` },
  { key: 'lenguas-vivas', name: 'Lenguas Vivas', description: `Intérpretes y traductores en lenguas indígenas. ${ORG_NOTE}` },
  { key: 'alfabetiza', name: 'Alfabetiza', description: `Educación para personas adultas. ${ORG_NOTE}` },
  { key: 'jornaleros', name: 'Red de Jornaleros Agrícolas', description: `Derechos de trabajadoras y trabajadores agrícolas. ${ORG_NOTE}` },
  { key: 'comalapa-ayuda', name: 'Ayuda Humanitaria Comalapa', description: `Colectivo de vecinas y vecinos de Frontera Comalapa. ${ORG_NOTE}` },
  { key: 'sierra', name: 'Albergue de la Sierra', description: `Hospitalidad en la Sierra Madre de Chiapas. ${ORG_NOTE}`, legal: 'Asociación religiosa' },
  { key: 'tren', name: 'Voluntarias de las Vías', description: `Mujeres que reparten comida a las personas que viajan en el tren. ${ORG_NOTE}` },
  { key: 'hogar-refugio', name: 'Hogar Refugio Usumacinta', description: `Casa de hospitalidad para personas migrantes en Tenosique. ${ORG_NOTE}`, legal: 'Asociación religiosa' },
  { key: 'tabasco-migrante', name: 'Tabasco Migrante', description: `Asociación civil de Villahermosa. ${ORG_NOTE}` },
  { key: 'golfo', name: 'Acompañamiento Migrante del Golfo', description: `Asociación civil de Coatzacoalcos. ${ORG_NOTE}` },
  { key: 'oaxaca-solidaria', name: 'Oaxaca Solidaria', description: `Asociación civil de Oaxaca. ${ORG_NOTE}` },
  { key: 'guelaguetza', name: 'Casa Guelaguetza', description: `Servicios comunitarios de Oaxaca. ${ORG_NOTE}` },
  { key: 'cdmx-acogida', name: 'Casa Tonalli de Acogida', description: `Acogida para personas migrantes y refugiadas en la Ciudad de México. ${ORG_NOTE}` },
  { key: 'cdmx-refugiados', name: 'Programa de Atención a Refugiados', description: `Asistencia legal, social y laboral a personas refugiadas. ${ORG_NOTE}` },
  { key: 'cdmx-diversa', name: 'Casa Arcoíris', description: `Casa de acogida para personas LGBTIQ+. ${ORG_NOTE}` },
  { key: 'cdmx-legal-en', name: 'Asylum Access Legal Project (test)', description: `Legal aid project. ${ORG_NOTE}` },
  { key: 'cdmx-fundacion', name: 'Fundación Sonrisas', description: `Fundación de servicios de salud. ${ORG_NOTE}` },
  { key: 'cdmx-inclusion', name: 'Inclusión Sin Fronteras', description: `Personas con discapacidad en movilidad. ${ORG_NOTE}` },
  { key: 'puebla-migrante', name: 'Puebla Hospitalaria', description: `Asociación civil de Puebla. ${ORG_NOTE}` },
  { key: 'puebla-adultos', name: 'Casa de Reposo Santa Clara', description: `Atención a personas adultas mayores. ${ORG_NOTE}`, legal: 'Institución de asistencia privada' },
  { key: 'mty-casa', name: 'Casa Nicolás del Norte', description: `Casa del migrante en Monterrey. ${ORG_NOTE}`, legal: 'Asociación religiosa' },
  { key: 'mty-familias', name: 'Familias en Camino', description: `Asociación civil de Monterrey. ${ORG_NOTE}` },
  { key: 'mty-comunidad', name: 'Comunidad Haitiana del Norte', description: `Òganizasyon kominote ayisyen nan Monterrey. ${ORG_NOTE}` },
  { key: 'mty-lusofonos', name: 'Rede Lusófona', description: `Rede de apoio a pessoas que falam português. ${ORG_NOTE}` },
  { key: 'tij-casa', name: 'Casa del Migrante del Pacífico', description: `Albergue para personas migrantes en Tijuana. ${ORG_NOTE}`, legal: 'Asociación religiosa' },
  { key: 'tij-juventud', name: 'Juventud Frontera', description: `Ayuda humanitaria en Tijuana. ${ORG_NOTE}` },
  { key: 'tij-haitianos', name: 'Kominote Ayisyen Tijuana', description: `Comunidad haitiana de Tijuana. ${ORG_NOTE}` },
  { key: 'tij-legal', name: 'Border Rights Legal Clinic (test)', description: `Binational legal clinic. ${ORG_NOTE}` },
  { key: 'tij-salud', name: 'Salud Fronteriza', description: `Clínica comunitaria binacional. ${ORG_NOTE}` },
  { key: 'cjs-casa', name: 'Casa del Migrante Paso del Norte', description: `Albergue en Ciudad Juárez. ${ORG_NOTE}`, legal: 'Asociación religiosa' },
  { key: 'cjs-red', name: 'Red Fronteriza de Apoyo', description: `Asociación civil de Ciudad Juárez. ${ORG_NOTE}` },
  { key: 'gua-casa', name: 'Casa del Migrante de la Capital', description: `Albergue en la Ciudad de Guatemala. ${ORG_NOTE}`, legal: 'Asociación religiosa' },
  { key: 'gua-red', name: 'Red Guatemalteca de Protección', description: `Protección de personas migrantes, retornadas y desplazadas. ${ORG_NOTE}` },
  { key: 'sps-centro', name: 'Centro de Atención al Migrante Retornado del Valle de Sula', description: `Atención a personas hondureñas retornadas. ${ORG_NOTE}` },
  { key: 'sps-red', name: 'Red Hondureña de Protección', description: `Protección de personas desplazadas y migrantes. ${ORG_NOTE}` },
  { key: 'lineas', name: 'Red Nacional de Orientación', description: `Líneas telefónicas y servicios en línea para personas en movilidad. ${ORG_NOTE}` },
];

export const LISTINGS: readonly ListingSpec[] = [
  // ------------------------------------------------------------------ Tapachula (tap)
  { key: 'tap-albergue-buen-pastor', org: 'buen-pastor', name: 'Albergue para personas migrantes', desc: 'Albergue de la Casa del Buen Pastor en Tapachula. Hospedaje de hasta 7 noches para hombres, mujeres y familias en tránsito, con cena y desayuno. Ingreso de 17:00 a 20:00.', needs: ['shelter', 'emergency-shelter', 'free-meals'], pop: ['families', 'men', 'women'], langs: ['spa', 'hat', 'fra'], hours: 'LD 17-20' },
  { key: 'tap-regaderas-buen-pastor', org: 'buen-pastor', name: 'Regaderas y ropa', desc: 'Regaderas con agua caliente y entrega de ropa y calzado de segunda mano, también para quienes no se hospedan en el albergue.', needs: ['showers-laundry', 'clothing-shoes'], hours: 'LS 09-12' },
  { key: 'tap-casa-migrante-jm', org: 'jesus-migrante', name: 'Casa del migrante', desc: 'Estancia temporal para personas en contexto de movilidad: camas, cobijas, tres comidas al día y orientación. Se recibe a personas de cualquier nacionalidad.', needs: ['shelter', 'free-meals'], langs: ['spa', 'eng'], hours: '24h' },
  { key: 'tap-tramites-jm', org: 'jesus-migrante', name: 'Acompañamiento en trámites ante el INM y la COMAR', desc: 'Orientamos a quienes quieren solicitar la condición de refugiado o regularizar su situación migratoria y les acompañamos a sus citas.', needs: ['asylum-application', 'regularization'], langs: ['spa', 'hat', 'fra'], hours: 'LV 09-14' },
  { key: 'tap-albergue-mujeres', org: 'mujeres-frontera', name: 'Albergue para mujeres, niñas y niños', desc: 'Espacio seguro de estancia temporal exclusivo para mujeres solas o con sus hijas e hijos. Incluye alimentación, atención psicológica y actividades para la niñez.', needs: ['shelter-women-children', 'psychosocial-support'], pop: ['women', 'families'], hours: '24h', elig: 'Mujeres solas o con hijas e hijos menores de edad.' },
  { key: 'tap-refugio-violencia', org: 'mujeres-frontera', name: 'Refugio para mujeres víctimas de violencia', desc: 'Refugio de ubicación confidencial para mujeres, mexicanas o extranjeras, y sus hijas e hijos que viven violencia familiar o de pareja. Ingreso por canalización o llamando a la línea de atención.', needs: ['gender-based-violence', 'shelter-women-children'], pop: ['women'], hours: '24h', confidential: true },
  { key: 'tap-salud-sexual', org: 'mujeres-frontera', name: 'Clínica de salud sexual y reproductiva', desc: 'Métodos anticonceptivos, pruebas rápidas de VIH y sífilis, control prenatal y anticoncepción de emergencia. Atención confidencial y sin juicios.', needs: ['contraception', 'hiv-sti', 'pregnancy-care'], pop: ['women'], hours: 'LV 09-15', site: 'clinica' },
  { key: 'tap-asesoria-juridica', org: 'clinica-fs', name: 'Asesoría jurídica gratuita', desc: 'Abogadas y abogados brindan asesoría gratuita en materia migratoria y de protección internacional: solicitud de refugio ante la COMAR, recursos de revisión, amparos y regularización.', needs: ['legal-representation', 'asylum-application', 'asylum-appeal', 'regularization'], langs: ['spa', 'eng', 'fra', 'hat'], hours: 'LV 09-17' },
  { key: 'tap-defensa-detencion', org: 'clinica-fs', name: 'Defensa de personas en detención migratoria', desc: 'Visitas a la estación migratoria, defensa legal de personas detenidas y orientación a sus familiares.', needs: ['migration-detention', 'legal-representation'], hours: 'LV 09-17' },
  { key: 'tap-comar', org: 'comar', name: 'Oficina de la COMAR en Tapachula', desc: 'Recepción de solicitudes de la condición de refugiado, entrevistas de elegibilidad y entrega de constancias de trámite. Acudir en persona; se asigna turno.', needs: ['asylum-application', 'complementary-protection'], hours: 'LV 08-14' },
  { key: 'tap-inm-regulacion', org: 'inm', name: 'Oficina de regulación migratoria', desc: 'Trámites de regularización migratoria, tarjeta de visitante por razones humanitarias, canje de documentos migratorios y constancias.', needs: ['regularization', 'migration-information'], hours: 'LV 09-13' },
  { key: 'tap-inm-tarjetas', org: 'inm', name: 'Módulo de tarjetas de visitante regional y trabajador fronterizo', desc: 'Expedición de la Tarjeta de Visitante Regional (TVR) para personas de Guatemala y Belice, y de la Tarjeta de Visitante Trabajador Fronterizo (TVTF) para trabajar en Chiapas, Tabasco, Campeche y Quintana Roo.', needs: ['border-visitor-cards', 'work-permit'], hours: 'LV 09-15', site: 'modulo' },
  { key: 'tap-curp', org: 'renapo', name: 'Trámite de CURP temporal para personas extranjeras', desc: 'Expedición de la Clave Única de Registro de Población temporal para personas solicitantes de refugio y con tarjeta de visitante por razones humanitarias. Llevar la constancia de la COMAR o el documento migratorio.', needs: ['curp'], hours: 'LV 08-15' },
  { key: 'tap-comedor-parroquia', org: 'parroquia-sa', name: 'Comedor comunitario', desc: 'Comida caliente de lunes a sábado, de 12:00 a 15:00, para personas migrantes y personas en situación de calle. Sin requisitos.', needs: ['free-meals'], hours: 'LS 12-15' },
  { key: 'tap-desayunos', org: 'parroquia-sa', name: 'Desayunos gratuitos', desc: 'Desayuno caliente y café cada mañana en el atrio del templo. Se atiende por orden de llegada.', needs: ['free-meals'], hours: 'LD 07-09', untagged: true },
  { key: 'tap-despensas', org: 'soconusco-alimentos', name: 'Entrega de despensas', desc: 'Despensas con arroz, frijol, aceite y productos básicos para familias que rentan un cuarto en Tapachula. Registro los lunes.', needs: ['food-parcels'], pop: ['families'], hours: 'LV 10-14' },
  { key: 'tap-centro-salud', org: 'salud', name: 'Consulta médica general', desc: 'Centro de salud con consulta general, vacunación y curaciones. Se atiende a personas extranjeras sin importar su situación migratoria.', needs: ['health', 'vaccinations', 'first-aid'], hours: 'LV 08-20' },
  { key: 'tap-hospital', org: 'salud', name: 'Hospital general — urgencias', desc: 'Urgencias las 24 horas, hospitalización y atención de partos.', needs: ['emergency', 'health', 'pregnancy-care'], hours: '24h', site: 'hospital' },
  { key: 'tap-unidad-movil', org: 'medicos-camino', name: 'Unidad médica móvil', desc: 'Consulta médica, medicamentos gratuitos y referencia al hospital. Recorremos los parques del centro y las zonas donde se reúnen personas migrantes. Doktè pale kreyòl.', needs: ['health', 'medicines'], langs: ['spa', 'eng', 'hat', 'fra'], hours: 'LV 10-16' },
  { key: 'tap-psicologia', org: 'medicos-camino', name: 'Atención psicológica', desc: 'Sesiones individuales con psicólogas, primeros auxilios psicológicos y grupos de apoyo para personas que vivieron violencia en el camino.', needs: ['mental-health', 'psychosocial-support'], langs: ['spa', 'eng', 'fra'], hours: 'LV 09-17' },
  { key: 'tap-dental', org: 'medicos-camino', name: 'Atención dental', desc: 'Extracciones, limpiezas y tratamiento del dolor de dientes y muelas. Jornadas los miércoles.', needs: ['health'], hours: 'MI 09-14' },
  { key: 'tap-contacto-familiar', org: 'hospitalidad', name: 'Restablecimiento del contacto entre familiares', desc: 'Llamadas gratuitas y apoyo para localizar a familiares de quienes perdieron contacto durante el viaje. Registro de solicitudes de búsqueda.', needs: ['family-contact', 'phone-calls', 'missing-persons'], langs: ['spa', 'eng', 'fra'], hours: 'LV 09-16' },
  { key: 'tap-carga-wifi', org: 'hospitalidad', name: 'Carga de celulares y wifi', desc: 'Punto de carga para teléfonos y conexión a internet gratuita en el parque central, de 9:00 a 18:00.', needs: ['phone-charging', 'internet-access'], hours: 'LD 09-18', site: 'parque' },
  { key: 'tap-kits-higiene', org: 'hospitalidad', name: 'Kits de higiene y artículos para bebés', desc: 'Entrega de jabón, cepillo de dientes, toallas sanitarias, pañales y fórmula para bebés.', needs: ['hygiene-kits', 'baby-supplies'], hours: 'MA 10-13' },
  { key: 'tap-interpretes-kreyol', org: 'kay-ayisyen', name: 'Intérpretes de kreyòl', desc: 'Entèprèt kreyòl ayisyen pou akonpaye moun nan biwo COMAR, INM, lopital ak lekòl. Intérpretes de criollo haitiano y francés para acompañar a citas.', needs: ['interpretation'], langs: ['hat', 'fra', 'spa'], hours: 'LV 09-15' },
  { key: 'tap-oryantasyon', org: 'kay-ayisyen', name: 'Oryantasyon pou moun ayisyen', desc: "Enfòmasyon sou demann refij (azil) nan COMAR, papye, travay ak kote pou dòmi nan Tapachula. Nou pale kreyòl, franse ak panyòl. Information en créole et en français sur la demande d'asile, les papiers et l'hébergement.", needs: ['information-referral', 'asylum-application'], langs: ['hat', 'fra', 'spa'], hours: 'LV 09-15' },
  { key: 'tap-kou-panyol', org: 'kay-ayisyen', name: 'Clases de español para personas haitianas', desc: "Kou panyòl gratis pou granmoun, lendi ak mèkredi. Cours d'espagnol gratuits pour adultes.", needs: ['spanish-classes'], langs: ['hat', 'fra', 'spa'], hours: 'LMV 16-18' },
  { key: 'tap-bolsa-trabajo', org: 'empleo', name: 'Bolsa de trabajo', desc: 'Vinculación con empleadores de la región para personas con documento migratorio vigente o constancia de la COMAR. Vacantes en construcción, comercio y campo.', needs: ['job-search'], hours: 'LV 09-14' },
  { key: 'tap-derechos-laborales', org: 'empleo', name: 'Orientación sobre derechos laborales', desc: 'Asesoría si no te pagaron, si te despidieron o si sufres abusos en el trabajo. Ayuda para presentar quejas.', needs: ['labour-rights'], hours: 'LV 09-14', untagged: true },
  { key: 'tap-escuela', org: 'escuelita', name: 'Escuela para niñas y niños en tránsito', desc: 'Actividades educativas, lectura y apoyo para inscribirse en la escuela pública sin importar la situación migratoria.', needs: ['education', 'school-enrolment'], pop: ['families'], hours: 'LV 09-13' },
  { key: 'tap-nna', org: 'dif', name: 'Atención a niñas, niños y adolescentes no acompañados', desc: 'Protección, representación y canalización a centros de asistencia social para personas menores de 18 años que viajan solas o separadas de su familia.', needs: ['unaccompanied-children', 'child-protection'], pop: ['unaccompanied-children'], hours: '24h', maxAge: 17 },
  { key: 'tap-cas-adolescentes', org: 'dif', name: 'Centro de asistencia social para adolescentes migrantes', desc: 'Alojamiento del DIF para adolescentes de 12 a 17 años que viajan sin sus padres. Ingreso únicamente por canalización de la Procuraduría de Protección.', needs: ['shelter', 'unaccompanied-children'], pop: ['unaccompanied-children'], hours: '24h', minAge: 12, maxAge: 17, site: 'cas' },
  { key: 'tap-lgbt', org: 'diversidad', name: 'Acompañamiento a personas LGBTIQ+ en movilidad', desc: 'Espacio seguro para personas lesbianas, gays, bisexuales, trans, intersexuales y queer: orientación, acompañamiento psicosocial y canalización a albergues seguros.', needs: ['psychosocial-support', 'information-referral'], pop: ['lgbtiq'], hours: 'LV 10-18' },
  { key: 'tap-casa-lgbt', org: 'diversidad', name: 'Casa de acogida para personas LGBTIQ+', desc: 'Hospedaje temporal seguro para mujeres trans, hombres gays y otras personas de la diversidad sexual en tránsito. Cupo de 12 personas.', needs: ['shelter'], pop: ['lgbtiq'], hours: '24h', site: 'casa' },
  { key: 'tap-retorno', org: 'movilidad-segura', name: 'Retorno voluntario asistido', desc: 'Apoyo para personas que desean regresar a su país de origen de forma segura: boletos, documentos de viaje y acompañamiento hasta la frontera.', needs: ['voluntary-return', 'transport'], langs: ['spa', 'eng', 'fra'], hours: 'LV 09-17' },
  { key: 'tap-apoyo-economico', org: 'movilidad-segura', name: 'Apoyo económico en efectivo', desc: 'Transferencia única de dinero para familias en situación de vulnerabilidad, después de una entrevista.', needs: ['cash-assistance'], pop: ['families'], hours: 'LV 09-17' },
  { key: 'tap-envio-dinero', org: 'quetzal', name: 'Envío de dinero', desc: 'Envío y recepción de remesas nacionales e internacionales. Se requiere identificación oficial (pasaporte o documento migratorio).', needs: ['remittances'], hours: 'LS 09-19', fee: 'Comisión según el monto y el país de destino.' },
  { key: 'tap-consulado-hn', org: 'consul-hn', name: 'Servicios consulares para personas hondureñas', desc: 'Emisión de pasaportes y salvoconductos, constancias de nacionalidad y asistencia a connacionales detenidos.', needs: ['consular-services', 'lost-documents'], hours: 'LV 08-14', fee: 'El pasaporte tiene costo; el salvoconducto es gratuito.' },
  { key: 'tap-asilo-ancianos', org: 'san-vicente', name: 'Asilo de ancianos', desc: 'Casa de retiro y cuidado para personas adultas mayores: estancia permanente, alimentación, enfermería y terapia ocupacional. Cuota mensual según estudio socioeconómico.', needs: [], pop: ['older-adults'], hours: 'LD 09-18', fee: 'Cuota mensual según estudio socioeconómico.' },
  { key: 'tap-refugio-animal', org: 'huellitas', name: 'Refugio de animales', desc: 'Rescate y adopción de perros y gatos. Campañas de esterilización a bajo costo.', needs: [], hours: 'SD 10-14', untagged: true },
  { key: 'tap-quejas-ddhh', org: 'ddhh', name: 'Quejas por violaciones a derechos humanos', desc: 'Recibe quejas contra autoridades por extorsión, abuso o malos tratos, incluidos agentes migratorios y policías.', needs: ['human-rights'], hours: 'LV 09-17' },
  { key: 'tap-denuncias', org: 'fiscalia', name: 'Denuncias de delitos contra personas migrantes', desc: 'Recepción de denuncias por robo, secuestro, extorsión, trata de personas y otros delitos cometidos contra personas migrantes. Atención con intérprete.', needs: ['report-trafficking', 'human-rights'], hours: '24h' },
  { key: 'tap-vih', org: 'red-positiva', name: 'Prueba rápida de VIH', desc: 'Pruebas rápidas y confidenciales de VIH, consejería y entrega de condones. Acompañamiento para iniciar tratamiento.', needs: ['hiv-sti'], hours: 'MA 10-16', untagged: true },
  { key: 'tap-estancia-familias', org: 'hermanas-caridad', name: 'Estancia temporal para familias', desc: 'Cuartos para familias con niñas y niños pequeños mientras esperan la respuesta de su trámite. Estancia de hasta 30 días.', needs: ['shelter'], pop: ['families'], hours: 'LD 08-20', untagged: true },
  { key: 'tap-punto-info', org: 'hospitalidad', name: 'Punto de información para personas migrantes', desc: 'Orientación sobre servicios, derechos y trámites; entrega de mapas y directorios; canalización a albergues, comedores y asesoría legal. Informação em português.', needs: ['information-referral', 'migration-information'], langs: ['spa', 'eng', 'hat', 'fra', 'por'], hours: 'LS 09-17', site: 'parque' },
  { key: 'tap-albergue-nueva-vida', org: 'albergue-sur', name: 'Albergue Nueva Vida', desc: 'Albergue temporal para personas migrantes en Tapachula.', needs: ['shelter'], status: 'defunct', assured: '2019-05-20' },
  { key: 'tap-comedor-san-martin', org: 'samaritano', name: 'Comedor San Martín', desc: 'Comedor para personas migrantes: comida del mediodía.', needs: ['free-meals'], status: 'inactive', assured: '2021-02-11' },
  { key: 'tap-embarazo', org: 'salud', name: 'Control prenatal', desc: 'Consultas para mujeres embarazadas, ultrasonido, ácido fólico y plan de parto. Sin costo para personas migrantes.', needs: ['pregnancy-care'], pop: ['women'], hours: 'LV 08-14' },

  // ------------------------------------------------------------------ Ciudad Hidalgo (hid)
  { key: 'hid-albergue-transito', org: 'casa-suchiate', name: 'Albergue de tránsito', desc: 'Primer albergue después de cruzar el río Suchiate. De una a tres noches, con cena, desayuno y regaderas.', needs: ['shelter', 'emergency-shelter', 'free-meals', 'showers-laundry'], langs: ['spa', 'hat'], hours: 'LD 16-21' },
  { key: 'hid-casa-migrante', org: 'parroquia-rio', name: 'Casa del migrante', desc: 'Hospedaje temporal y alimentación para personas que llegan a México. Hasta 3 días.', needs: ['shelter', 'free-meals'], untagged: true },
  { key: 'hid-comedor-puente', org: 'parroquia-rio', name: 'Comedor del puente', desc: 'Alimentos calientes al mediodía junto al puente fronterizo.', needs: ['free-meals'], hours: 'LD 12-14', site: 'puente' },
  { key: 'hid-inm-puente', org: 'inm', name: 'Módulo del INM en el puente fronterizo', desc: 'Expedición de la Tarjeta de Visitante Regional (TVR) y de la Tarjeta de Visitante Trabajador Fronterizo (TVTF); información sobre los requisitos de ingreso a México.', needs: ['border-visitor-cards', 'migration-information', 'work-permit'], hours: 'LD 08-18' },
  { key: 'hid-punto-orientacion', org: 'hospitalidad', name: 'Punto de orientación en el cruce fronterizo', desc: 'Información sobre derechos, sobre el derecho a solicitar la condición de refugiado y sobre los servicios de Tapachula. Entrega de agua.', needs: ['information-referral', 'migration-information'], langs: ['spa', 'eng', 'hat', 'fra'], hours: 'LD 08-17' },
  { key: 'hid-casa-salud', org: 'salud', name: 'Casa de salud', desc: 'Consulta médica y curaciones para la población local y personas en tránsito.', needs: ['health', 'first-aid'], hours: 'LV 08-15' },
  { key: 'hid-primeros-auxilios', org: 'medicos-camino', name: 'Puesto de primeros auxilios', desc: 'Atención de heridas, deshidratación y picaduras a la orilla del río. Referencia a Tapachula en casos graves.', needs: ['first-aid'], hours: '24h' },
  { key: 'hid-orientacion-juridica', org: 'clinica-fs', name: 'Orientación jurídica migratoria', desc: 'Información sobre cómo pedir refugio, la tarjeta de visitante regional y otros trámites; acompañamiento a Tapachula para las citas de la COMAR.', needs: ['asylum-application', 'migration-information', 'legal-representation'], hours: 'MA 09-14' },
  { key: 'hid-espacio-ninez', org: 'ninez-primero', name: 'Espacio amigable para la niñez', desc: 'Actividades recreativas y de protección para niñas, niños y adolescentes; identificación de menores que viajan solos.', needs: ['child-protection', 'unaccompanied-children'], pop: ['unaccompanied-children', 'families'], hours: 'LV 09-15' },
  { key: 'hid-carga-llamadas', org: 'casa-suchiate', name: 'Llamadas y carga de teléfonos', desc: 'Carga de celulares y una llamada gratuita para avisar a tu familia que llegaste bien.', needs: ['phone-charging', 'phone-calls'], hours: 'LD 09-19', site: 'puesto' },
  { key: 'hid-agua-kits', org: 'casa-suchiate', name: 'Agua, kits de higiene y ropa', desc: 'Entrega de agua, jabón, toallas sanitarias, ropa seca y sandalias.', needs: ['hygiene-kits', 'clothing-shoes'], hours: 'LD 09-19', site: 'puesto' },
  { key: 'hid-violencia-sexual', org: 'mujeres-frontera', name: 'Atención a mujeres sobrevivientes de violencia sexual', desc: 'Atención médica y psicológica urgente, anticoncepción de emergencia y acompañamiento para denunciar, si la persona lo decide.', needs: ['sexual-violence', 'gender-based-violence'], pop: ['women'], hours: 'LV 09-17' },
  { key: 'hid-comedor-samaritano', org: 'samaritano', name: 'Comedor Buen Samaritano', desc: 'Comidas para personas migrantes en Ciudad Hidalgo.', needs: ['free-meals'], status: 'inactive', assured: '2020-09-01' },

  // ------------------------------------------------------------------ Tecún Umán (tec), Guatemala
  { key: 'tec-casa-migrante', org: 'casa-migrante-tec', name: 'Casa del Migrante', desc: 'Albergue para personas migrantes en Ciudad Tecún Umán: alojamiento hasta 3 noches, comida, atención médica básica y orientación.', needs: ['shelter', 'free-meals'], langs: ['spa', 'mam'], hours: '24h' },
  { key: 'tec-comedor', org: 'pastoral-gt', name: 'Comedor solidario', desc: 'Almuerzo gratuito de lunes a viernes para personas en tránsito y familias del barrio.', needs: ['free-meals'], hours: 'LV 12-14' },
  { key: 'tec-asesoria', org: 'pastoral-gt', name: 'Asesoría legal para personas migrantes y refugiadas', desc: 'Orientación para solicitar protección internacional en Guatemala, regularización y defensa de derechos.', needs: ['legal-representation', 'asylum-application'], hours: 'LV 09-15' },
  { key: 'tec-igm', org: 'igm', name: 'Delegación de migración', desc: 'Control migratorio en el puente Rodolfo Robles e información para solicitar el estatuto de refugiado en Guatemala.', needs: ['migration-information', 'asylum-application'], hours: 'LD 07-19' },
  { key: 'tec-puesto-salud', org: 'pastoral-gt', name: 'Puesto de salud', desc: 'Consulta médica básica y medicamentos.', needs: ['health', 'medicines'], hours: 'LV 08-13', site: 'salud' },
  { key: 'tec-retornados', org: 'pastoral-gt', name: 'Atención a personas retornadas y deportadas', desc: 'Recepción de personas guatemaltecas devueltas desde México: alimentos, llamada a la familia y boleto a su comunidad.', needs: ['voluntary-return', 'information-referral', 'transport'], hours: 'LD 08-18', site: 'salud' },
  { key: 'tec-llamadas', org: 'casa-migrante-tec', name: 'Llamadas gratuitas a familiares', desc: 'Llamadas nacionales e internacionales gratuitas para restablecer el contacto con tu familia.', needs: ['phone-calls', 'family-contact'], hours: 'LD 09-18' },
  { key: 'tec-interpretes-mam', org: 'mam-tinamit', name: 'Intérpretes de idioma mam', desc: 'Interpretación en idioma mam y español en trámites, consultas médicas y audiencias.', needs: ['indigenous-language-interpretation'], langs: ['mam', 'spa'], hours: 'LV 09-15' },
  { key: 'tec-albergue-mujeres', org: 'pastoral-gt', name: 'Albergue temporal para mujeres y niñez', desc: 'Alojamiento temporal para mujeres con niñas y niños en la frontera.', needs: ['shelter-women-children'], pop: ['women', 'families'], hours: '24h', site: 'mujeres', untagged: true },
  { key: 'tec-ropa', org: 'casa-migrante-tec', name: 'Ropa y calzado', desc: 'Ropero con ropa y zapatos donados. Martes y jueves.', needs: ['clothing-shoes'], hours: 'MA 10-12' },
  { key: 'tec-casa-paso', org: 'albergue-sur', name: 'Casa de paso La Frontera', desc: 'Casa de paso para personas migrantes.', needs: ['shelter'], status: 'defunct', assured: '2018-11-03' },

  // ------------------------------------------------------------------ Huixtla (hui)
  { key: 'hui-albergue', org: 'albergue-sur', name: 'Albergue para personas en tránsito', desc: 'Albergue en Huixtla para descansar una o dos noches en la ruta hacia el norte. Cena incluida.', needs: ['shelter', 'free-meals'], hours: 'LD 17-21' },
  { key: 'hui-comida-caminantes', org: 'caminantes', name: 'Comida para caminantes', desc: 'Repartimos comida y agua a las personas que caminan en caravana por la carretera costera.', needs: ['free-meals'], untagged: true },
  { key: 'hui-centro-salud', org: 'salud', name: 'Centro de salud', desc: 'Consulta médica general, vacunas y atención a embarazadas.', needs: ['health', 'vaccinations', 'pregnancy-care'], hours: 'LV 08-16' },
  { key: 'hui-pies', org: 'caminantes', name: 'Atención de pies y primeros auxilios', desc: 'Curación de ampollas y heridas en los pies, hidratación y atención por golpe de calor.', needs: ['first-aid'], hours: 'LD 08-14' },
  { key: 'hui-orientacion', org: 'caminantes', name: 'Orientación y canalización', desc: 'Información sobre albergues, comedores y trámites en la ruta; canalización a servicios en Tapachula y Tuxtla.', needs: ['information-referral'], hours: 'LD 08-14' },
  { key: 'hui-regaderas', org: 'albergue-sur', name: 'Regaderas, lavaderos y ropa', desc: 'Regaderas, lavaderos para lavar tu ropa y entrega de ropa limpia.', needs: ['showers-laundry', 'clothing-shoes'], hours: 'LD 09-13' },
  { key: 'hui-asesoria-itinerante', org: 'clinica-fs', name: 'Asesoría migratoria itinerante', desc: 'Los martes, abogadas de la Clínica Jurídica Frontera Sur atienden en Huixtla: refugio, regularización y denuncias.', needs: ['legal-representation', 'asylum-application', 'regularization'], hours: 'MA 10-15', site: 'huixtla' },
  { key: 'hui-casa-hogar-abuelos', org: 'adultos-mayores-hui', name: 'Casa hogar para adultos mayores', desc: 'Residencia para personas adultas mayores sin familia: cuidado, comida y compañía.', needs: [], pop: ['older-adults'], hours: 'LD 08-20' },

  // ------------------------------------------------------------------ Tuxtla Gutiérrez (tgz)
  { key: 'tgz-albergue', org: 'albergue-sur', name: 'Albergue temporal para personas migrantes', desc: 'Albergue en Tuxtla Gutiérrez con 60 camas, comida y regaderas. Estancia de hasta 5 días.', needs: ['shelter', 'free-meals', 'showers-laundry'], hours: '24h', site: 'tuxtla' },
  { key: 'tgz-casa-acogida', org: 'jesus-migrante', name: 'Casa de acogida para familias', desc: 'Casa para familias con hijas e hijos pequeños que esperan su trámite migratorio en la capital del estado.', needs: ['shelter'], pop: ['families'], hours: '24h', site: 'tuxtla' },
  { key: 'tgz-refugio-mujeres', org: 'mujeres', name: 'Refugio para mujeres en situación de violencia', desc: 'Refugio de ubicación confidencial para mujeres y sus hijas e hijos en riesgo por violencia de pareja o familiar. Estancia de hasta tres meses con atención legal y psicológica.', needs: ['gender-based-violence', 'shelter-women-children'], pop: ['women'], hours: '24h', confidential: true },
  { key: 'tgz-centro-justicia', org: 'mujeres', name: 'Centro de Justicia para las Mujeres', desc: 'Atención integral a mujeres víctimas de violencia: denuncia, asesoría jurídica, atención psicológica y médica en un solo lugar. Atiende a mujeres extranjeras.', needs: ['gender-based-violence', 'legal-representation', 'psychosocial-support'], pop: ['women'], hours: '24h', site: 'cjm' },
  { key: 'tgz-comedor', org: 'albergue-sur', name: 'Comedor comunitario', desc: 'Comida del mediodía para personas migrantes y vecinas del barrio.', needs: ['free-meals'], hours: 'LS 13-15', site: 'tuxtla' },
  { key: 'tgz-curp', org: 'renapo', name: 'CURP para personas extranjeras', desc: 'Módulo donde personas con residencia, tarjeta humanitaria o constancia de la COMAR tramitan su CURP.', needs: ['curp'], hours: 'LV 09-14' },
  { key: 'tgz-inm', org: 'inm', name: 'Oficina de trámites migratorios', desc: 'Regularización, renovación de tarjetas de residencia y cambio de condición migratoria en Tuxtla Gutiérrez.', needs: ['regularization'], hours: 'LV 09-13' },
  { key: 'tgz-psicologia', org: 'universidad', name: 'Atención psicológica gratuita', desc: 'Consultas con psicólogos y psicólogas en formación supervisados: ansiedad, duelo, trauma. Previa cita.', needs: ['mental-health'], hours: 'LV 09-18', site: 'tuxtla' },
  { key: 'tgz-hospital', org: 'salud', name: 'Hospital de especialidades — urgencias', desc: 'Servicio de urgencias las 24 horas.', needs: ['emergency', 'health'], hours: '24h', site: 'hospital' },
  { key: 'tgz-clinica-juridica', org: 'universidad', name: 'Clínica jurídica universitaria', desc: 'Estudiantes de derecho supervisados por docentes brindan asesoría legal gratuita en temas migratorios, familiares y laborales.', needs: ['legal-representation', 'labour-rights'], hours: 'LV 10-14', site: 'tuxtla', untagged: true },
  { key: 'tgz-empleo', org: 'empleo', name: 'Capacitación en oficios y bolsa de trabajo', desc: 'Cursos cortos de cocina, soldadura y belleza; vinculación con vacantes para personas con permiso para trabajar.', needs: ['job-search'], hours: 'LV 09-15' },
  { key: 'tgz-dental', org: 'universidad', name: 'Clínica dental de la facultad de odontología', desc: 'Consultas dentales a bajo costo: extracciones, resinas y limpiezas.', needs: ['health'], hours: 'LV 08-14', site: 'odontologia', fee: 'Cuota de recuperación baja; exención para personas migrantes.' },

  // ------------------------------------------------------------------ San Cristóbal de las Casas (scl)
  { key: 'scl-albergue', org: 'albergue-sur', name: 'Albergue para personas migrantes y desplazadas', desc: 'Alojamiento temporal, alimentación y orientación para personas migrantes y familias desplazadas de sus comunidades.', needs: ['shelter', 'free-meals'], pop: ['families'], hours: '24h', site: 'altos' },
  { key: 'scl-comedor', org: 'albergue-sur', name: 'Comedor popular', desc: 'Comida a precio simbólico; gratuita para personas en tránsito.', needs: ['free-meals'], hours: 'LS 13-16', site: 'altos', fee: 'Cooperación voluntaria de 10 pesos.' },
  { key: 'scl-psicosocial', org: 'centro-ddhh-scl', name: 'Acompañamiento psicosocial', desc: 'Acompañamiento individual y comunitario a personas sobrevivientes de violencia y desplazamiento.', needs: ['psychosocial-support'], hours: 'LV 09-17' },
  { key: 'scl-interpretes', org: 'lenguas-vivas', name: 'Intérpretes en lenguas indígenas', desc: 'Interpretación en tsotsil, tseltal, ch’ol y mam para trámites, hospitales y juzgados.', needs: ['indigenous-language-interpretation'], langs: ['tzo', 'tzh', 'mam', 'spa'], hours: 'LV 09-15' },
  { key: 'scl-derechos-humanos', org: 'centro-ddhh-scl', name: 'Centro de derechos humanos', desc: 'Documentación de casos y acompañamiento legal a personas migrantes y comunidades desplazadas; quejas por abusos de autoridades.', needs: ['human-rights', 'legal-representation'], hours: 'LV 09-17' },
  { key: 'scl-albergue-escolar', org: 'educacion-indigena', name: 'Albergue escolar indígena', desc: 'Casa para estudiantes de primaria y secundaria de comunidades rurales: hospedaje entre semana durante el ciclo escolar y alimentación. Inscripción a través de la escuela.', needs: ['education'], hours: 'LV 07-19' },
  { key: 'scl-salud-mujeres', org: 'mujeres-frontera', name: 'Clínica de salud sexual y reproductiva para mujeres', desc: 'Anticonceptivos, control de embarazo, partería tradicional y pruebas de VIH.', needs: ['contraception', 'pregnancy-care', 'hiv-sti'], pop: ['women'], hours: 'LV 09-15', site: 'altos' },
  { key: 'scl-alfabetizacion', org: 'alfabetiza', name: 'Alfabetización para personas adultas', desc: 'Aprende a leer y escribir en español. Grupos pequeños por la tarde.', needs: ['literacy'], hours: 'LMV 17-19' },
  { key: 'scl-busqueda', org: 'familias-busqueda', name: 'Búsqueda de personas migrantes desaparecidas', desc: 'Comité de familias que buscan a personas migrantes desaparecidas: registro de casos, toma de muestras genéticas y acompañamiento a las familias.', needs: ['missing-persons'], hours: 'LV 10-16' },

  // ------------------------------------------------------------------ Comitán (com)
  { key: 'com-casa-migrante', org: 'albergue-sur', name: 'Casa del migrante', desc: 'Casa de hospitalidad en Comitán: cama, comida y regadera por hasta tres días.', needs: ['shelter', 'free-meals', 'showers-laundry'], hours: 'LD 16-21', site: 'comitan' },
  { key: 'com-desayunos-cenas', org: 'albergue-sur', name: 'Desayunos y cenas para personas en tránsito', desc: 'Se sirven desayunos de 7 a 9 y cenas de 19 a 20 horas.', needs: ['free-meals'], site: 'comitan', untagged: true },
  { key: 'com-asesoria', org: 'clinica-fs', name: 'Asesoría jurídica gratuita', desc: 'Atención en Comitán los jueves: solicitud de refugio, regularización y defensa de derechos.', needs: ['legal-representation', 'asylum-application', 'regularization'], hours: 'JV 10-15', site: 'comitan' },
  { key: 'com-consulado-gt', org: 'consul-gt', name: 'Servicios consulares para personas guatemaltecas', desc: 'Pasaportes, certificados de nacimiento, asistencia a personas detenidas y apoyo para la repatriación.', needs: ['consular-services', 'lost-documents'], hours: 'LV 08-15' },
  { key: 'com-consulta', org: 'salud', name: 'Consulta médica general', desc: 'Centro de salud con consulta médica, curaciones y farmacia.', needs: ['health', 'medicines'], hours: 'LV 08-15', site: 'comitan' },
  { key: 'com-albergue-escolar', org: 'educacion-indigena', name: 'Albergue escolar rural', desc: 'Hospedaje y alimentación entre semana para estudiantes de comunidades lejanas inscritos en escuelas de la zona.', needs: ['education'], hours: 'LV 07-19', site: 'comitan' },
  { key: 'com-mam-kiche', org: 'lenguas-vivas', name: "Acompañamiento en idioma mam y k'iche'", desc: "Intérpretes que acompañan a personas hablantes de mam y k'iche' a trámites migratorios y citas médicas.", needs: ['indigenous-language-interpretation'], pop: ['indigenous-language-speakers'], langs: ['mam', 'quc', 'spa'], hours: 'LV 09-14', site: 'comitan' },
  { key: 'com-inm', org: 'inm', name: 'Oficina del INM en Comitán', desc: 'Información migratoria y trámites de regularización.', needs: ['regularization', 'migration-information'], hours: 'LV 09-13' },
  { key: 'com-jornaleros', org: 'jornaleros', name: 'Orientación para trabajadores agrícolas temporales', desc: 'Derechos laborales de jornaleras y jornaleros guatemaltecos en fincas de Chiapas; quejas por salarios no pagados.', needs: ['labour-rights', 'work-permit'], hours: 'SD 08-12' },

  // ------------------------------------------------------------------ Frontera Comalapa (fco)
  { key: 'fco-albergue', org: 'comalapa-ayuda', name: 'Albergue para personas migrantes', desc: 'Albergue en Frontera Comalapa para personas que entran por Ciudad Cuauhtémoc. Hasta dos noches.', needs: ['shelter'], hours: 'LD 17-21' },
  { key: 'fco-comedor', org: 'comalapa-ayuda', name: 'Comedor comunitario', desc: 'Comida caliente y agua para personas migrantes.', needs: ['free-meals'], hours: 'LD 12-14' },
  { key: 'fco-casa-salud', org: 'salud', name: 'Casa de salud', desc: 'Consulta médica básica y vacunación.', needs: ['health', 'vaccinations'], hours: 'LV 08-14' },
  { key: 'fco-orientacion', org: 'comalapa-ayuda', name: 'Orientación migratoria', desc: 'Información sobre el procedimiento para pedir refugio en México y sobre las oficinas de la COMAR más cercanas.', needs: ['migration-information', 'asylum-application'], hours: 'LV 09-13' },
  { key: 'fco-tvtf', org: 'jornaleros', name: 'Orientación para la Tarjeta de Visitante Trabajador Fronterizo', desc: 'Ayuda a trabajadoras y trabajadores guatemaltecos a reunir los requisitos de la TVTF y de la tarjeta de visitante regional.', needs: ['border-visitor-cards', 'work-permit'], hours: 'LV 09-13', site: 'comalapa' },
  { key: 'fco-ropero', org: 'comalapa-ayuda', name: 'Ropero comunitario', desc: 'Ropa, zapatos y cobijas donadas por vecinas y vecinos.', needs: ['clothing-shoes'], untagged: true },
  { key: 'fco-casa-mujer', org: 'mujeres', name: 'Casa de la mujer', desc: 'Atención a mujeres en situación de violencia.', needs: ['gender-based-violence'], pop: ['women'], status: 'inactive', assured: '2020-03-10' },

  // ------------------------------------------------------------------ Motozintla (mot)
  { key: 'mot-albergue-sierra', org: 'sierra', name: 'Albergue de la Sierra', desc: 'Alojamiento de emergencia para quienes cruzan la sierra: cobijas, ropa abrigadora y comida caliente.', needs: ['shelter', 'emergency-shelter', 'free-meals', 'clothing-shoes'], hours: '24h' },
  { key: 'mot-comedor', org: 'sierra', name: 'Comedor parroquial', desc: 'Almuerzo gratuito los días de semana.', needs: ['free-meals'], hours: 'LV 12-14', site: 'parroquia' },
  { key: 'mot-centro-salud', org: 'salud', name: 'Centro de salud', desc: 'Consulta general y urgencias menores.', needs: ['health'], hours: 'LV 08-16' },
  { key: 'mot-asesoria', org: 'clinica-fs', name: 'Asesoría legal itinerante', desc: 'Una vez al mes, abogadas atienden en Motozintla a personas migrantes y refugiadas.', needs: ['legal-representation', 'asylum-application'], hours: 'MI 10-14', site: 'motozintla', untagged: true },
  { key: 'mot-llamadas-wifi', org: 'sierra', name: 'Llamadas y wifi', desc: 'Wifi gratuito, carga de celular y llamadas a familiares.', needs: ['internet-access', 'phone-charging', 'phone-calls'], hours: 'LD 09-20' },
  { key: 'mot-albergue-san-jose', org: 'albergue-sur', name: 'Albergue San José', desc: 'Albergue para personas migrantes en Motozintla.', needs: ['shelter'], status: 'defunct', assured: '2017-06-30' },

  // ------------------------------------------------------------------ Palenque (pal)
  { key: 'pal-albergue', org: 'albergue-sur', name: 'Albergue para personas migrantes', desc: 'Albergue cerca de las vías del tren en Palenque. Estancia de hasta 3 noches, comida y atención médica básica.', needs: ['shelter', 'free-meals'], hours: 'LD 16-21', site: 'palenque' },
  { key: 'pal-comedor', org: 'albergue-sur', name: 'Comedor del migrante', desc: 'Comida caliente al mediodía para personas en tránsito.', needs: ['free-meals'], hours: 'LD 12-15', site: 'palenque' },
  { key: 'pal-comar', org: 'comar', name: 'Oficina de la COMAR en Palenque', desc: 'Recepción de solicitudes de la condición de refugiado y seguimiento de trámites.', needs: ['asylum-application'], hours: 'LV 09-14' },
  { key: 'pal-consulta', org: 'medicos-camino', name: 'Consulta médica y medicamentos', desc: 'Consulta médica gratuita y entrega de medicamentos a personas migrantes.', needs: ['health', 'medicines'], hours: 'LV 09-15', site: 'palenque' },
  { key: 'pal-legal', org: 'clinica-fs', name: 'Acompañamiento legal para solicitantes de refugio', desc: 'Preparamos contigo tu entrevista ante la COMAR y te acompañamos en todo el procedimiento de refugio.', needs: ['asylum-application', 'legal-representation'], hours: 'LV 09-15', site: 'palenque' },
  { key: 'pal-documentos', org: 'hospitalidad', name: 'Apoyo si te robaron tus documentos', desc: 'Orientación para reponer documentos robados o perdidos: constancia de hechos ante el Ministerio Público y contacto con el consulado, la COMAR o el INM.', needs: ['lost-documents'], hours: 'LV 09-15', site: 'palenque' },
  { key: 'pal-primeros-auxilios-psicologicos', org: 'medicos-camino', name: 'Primeros auxilios psicológicos', desc: 'Escucha y contención emocional para personas que vivieron asaltos, secuestros u otras situaciones difíciles en el camino.', needs: ['mental-health', 'psychosocial-support'], hours: 'LV 09-15', site: 'palenque' },
  { key: 'pal-regaderas', org: 'albergue-sur', name: 'Regaderas y lavado de ropa', desc: 'Regaderas y lavadoras de uso gratuito por la mañana.', needs: ['showers-laundry'], hours: 'LD 08-11', site: 'palenque' },
  { key: 'pal-trata', org: 'movilidad-segura', name: 'Atención a sobrevivientes de trata', desc: 'Atención confidencial a personas que fueron engañadas, explotadas o forzadas a trabajar: alojamiento seguro, salud y apoyo legal.', needs: ['trafficking-survivor-support'], hours: 'LV 09-17' },
  { key: 'pal-vias', org: 'tren', name: 'Reparto de alimentos en las vías del tren', desc: 'Bolsas con tortas, fruta y agua para quienes viajan en el tren o caminan junto a las vías.', needs: ['free-meals'], untagged: true },

  // ------------------------------------------------------------------ Tenosique (ten)
  { key: 'ten-hogar-refugio', org: 'hogar-refugio', name: 'Hogar refugio para personas migrantes', desc: 'Casa de hospitalidad: camas, comida, atención médica básica y acompañamiento legal para las personas que entran a México por El Ceibo.', needs: ['shelter', 'free-meals'], langs: ['spa', 'eng'], hours: '24h' },
  { key: 'ten-comedor', org: 'hogar-refugio', name: 'Comedor comunitario', desc: 'Comida del mediodía de lunes a sábado, abierta a personas que no se hospedan en la casa.', needs: ['free-meals'], hours: 'LS 12-15' },
  { key: 'ten-desayunos', org: 'hospitalidad', name: 'Desayunos gratuitos', desc: 'Café, pan y huevos por la mañana frente a la estación del tren de Tenosique.', needs: ['free-meals'], hours: 'LD 07-09', site: 'tenosique', untagged: true },
  { key: 'ten-comar', org: 'comar', name: 'Oficina de la COMAR en Tenosique', desc: 'Recepción de solicitudes de reconocimiento de la condición de refugiado.', needs: ['asylum-application'], hours: 'LV 09-14' },
  { key: 'ten-asesoria-refugio', org: 'hogar-refugio', name: 'Asesoría jurídica para solicitar refugio', desc: 'Equipo legal que explica el procedimiento de refugio, prepara la solicitud y acompaña a la COMAR; también regularización por razones humanitarias.', needs: ['asylum-application', 'legal-representation', 'regularization'], hours: 'LV 09-17' },
  { key: 'ten-consulta', org: 'salud', name: 'Consulta médica general', desc: 'Centro de salud de Tenosique: consulta y vacunas.', needs: ['health', 'vaccinations'], hours: 'LV 08-15' },
  { key: 'ten-lgbt', org: 'hogar-refugio', name: 'Módulo para personas LGBTIQ+', desc: 'Dormitorio y acompañamiento para personas LGBTIQ+ dentro del hogar, con espacios separados.', needs: ['shelter', 'psychosocial-support'], pop: ['lgbtiq'], hours: '24h' },
  { key: 'ten-adolescentes', org: 'hogar-refugio', name: 'Atención a adolescentes no acompañados', desc: 'Módulo para adolescentes que viajan solos: alojamiento, actividades y coordinación con la Procuraduría de Protección.', needs: ['unaccompanied-children', 'shelter'], pop: ['unaccompanied-children'], hours: '24h', maxAge: 17 },
  { key: 'ten-contacto', org: 'hospitalidad', name: 'Restablecimiento de contacto familiar', desc: 'Llamadas gratuitas y búsqueda de familiares con quienes se perdió la comunicación.', needs: ['family-contact', 'phone-calls'], hours: 'LV 09-15', site: 'tenosique' },
  { key: 'ten-regaderas', org: 'hogar-refugio', name: 'Regaderas y ropa', desc: 'Baño, ropa limpia y artículos de higiene.', needs: ['showers-laundry', 'clothing-shoes', 'hygiene-kits'], hours: 'LD 09-12' },
  { key: 'ten-educacion', org: 'escuelita', name: 'Educación para niñas y niños', desc: 'Clases y juegos para niñas y niños que se quedan en Tenosique mientras sus familias hacen su trámite.', needs: ['education'], pop: ['families'], hours: 'LV 09-12', site: 'tenosique' },
  { key: 'ten-comedor-el-ceibo', org: 'samaritano', name: 'Comedor El Ceibo', desc: 'Comedor para personas migrantes en Tenosique.', needs: ['free-meals'], status: 'defunct', assured: '2019-10-15', site: 'tenosique' },
  { key: 'ten-psicologia', org: 'medicos-camino', name: 'Atención psicológica', desc: 'Consulta psicológica individual y grupos de apoyo.', needs: ['mental-health'], hours: 'MA 10-15', site: 'tenosique' },

  // ------------------------------------------------------------------ Villahermosa (vsa)
  { key: 'vsa-albergue', org: 'tabasco-migrante', name: 'Albergue temporal', desc: 'Albergue temporal para personas migrantes y solicitantes de refugio en Villahermosa.', needs: ['shelter'], hours: '24h' },
  { key: 'vsa-casa-hospitalidad', org: 'albergue-sur', name: 'Casa de hospitalidad para personas migrantes', desc: 'Dormitorios, comida y lavandería para personas en camino al norte.', needs: ['shelter', 'free-meals', 'showers-laundry'], site: 'villahermosa', untagged: true },
  { key: 'vsa-comedor', org: 'tabasco-migrante', name: 'Comedor comunitario', desc: 'Comidas calientes para personas migrantes.', needs: ['free-meals'], hours: 'LV 13-15' },
  { key: 'vsa-comar', org: 'comar', name: 'Oficina de la COMAR en Villahermosa', desc: 'Trámite de la condición de refugiado: solicitudes, entrevistas y notificaciones.', needs: ['asylum-application'], hours: 'LV 09-14' },
  { key: 'vsa-inm', org: 'inm', name: 'Oficina de trámites del INM', desc: 'Regularización migratoria y renovaciones.', needs: ['regularization'], hours: 'LV 09-13' },
  { key: 'vsa-hospital', org: 'salud', name: 'Hospital regional — urgencias', desc: 'Urgencias médicas las 24 horas.', needs: ['emergency', 'health'], hours: '24h' },
  { key: 'vsa-asesoria', org: 'tabasco-migrante', name: 'Asesoría jurídica migratoria', desc: 'Orientación legal sobre refugio, regularización y recursos de revisión.', needs: ['legal-representation', 'asylum-application', 'asylum-appeal'], hours: 'LV 10-16' },
  { key: 'vsa-empleo', org: 'empleo', name: 'Bolsa de empleo', desc: 'Vacantes para personas con permiso para trabajar en México.', needs: ['job-search'], hours: 'LV 09-14' },
  { key: 'vsa-apoyo-emocional', org: 'tabasco-migrante', name: 'Grupo de apoyo emocional', desc: 'Reuniones semanales para hablar de lo vivido en el camino, con una psicóloga.', needs: ['psychosocial-support'], hours: 'JV 17-19' },
  { key: 'vsa-refugio-temporal-pc', org: 'pc', name: 'Refugio temporal de Protección Civil', desc: 'Refugio temporal que se habilita durante inundaciones y huracanes para familias damnificadas.', needs: ['emergency-shelter'], status: 'inactive', assured: '2022-10-01' },

  // ------------------------------------------------------------------ Coatzacoalcos (coa)
  { key: 'coa-albergue', org: 'golfo', name: 'Albergue para personas migrantes', desc: 'Albergue en Coatzacoalcos para quienes viajan en el tren hacia el centro del país.', needs: ['shelter', 'free-meals'], hours: 'LD 17-21' },
  { key: 'coa-comida-vias', org: 'golfo', name: 'Comida caliente junto a las vías', desc: 'Cada tarde llevamos guisado, tortillas y agua a las personas que esperan el tren.', needs: ['free-meals'], untagged: true },
  { key: 'coa-consulta', org: 'medicos-camino', name: 'Consulta médica gratuita', desc: 'Consulta médica y medicamentos sin costo para personas migrantes.', needs: ['health', 'medicines'], hours: 'LMV 09-14', site: 'coatzacoalcos' },
  { key: 'coa-busqueda', org: 'familias-busqueda', name: 'Colectivo de búsqueda de personas migrantes desaparecidas', desc: 'Búsqueda de personas migrantes desaparecidas en Veracruz; registro de reportes y acompañamiento a familias.', needs: ['missing-persons'], hours: 'LV 10-16', site: 'veracruz' },
  { key: 'coa-orientacion-legal', org: 'golfo', name: 'Orientación legal', desc: 'Información sobre derechos, refugio y regularización.', needs: ['legal-representation', 'migration-information'], hours: 'LV 10-14' },
  { key: 'coa-regaderas', org: 'golfo', name: 'Regaderas', desc: 'Regaderas y jabón para personas en tránsito.', needs: ['showers-laundry'], hours: 'LD 09-12' },
  { key: 'coa-trata', org: 'fiscalia', name: 'Atención a víctimas de trata', desc: 'Denuncia y atención a víctimas de trata de personas y explotación laboral o sexual.', needs: ['report-trafficking', 'trafficking-survivor-support'], hours: '24h' },
  { key: 'coa-empleo', org: 'empleo', name: 'Bolsa de trabajo', desc: 'Vacantes en la industria y los servicios para personas con documentos para trabajar.', needs: ['job-search'], hours: 'LV 09-14' },

  // ------------------------------------------------------------------ Oaxaca (oax)
  { key: 'oax-albergue', org: 'oaxaca-solidaria', name: 'Albergue para personas migrantes', desc: 'Albergue en la ciudad de Oaxaca con comida y regaderas; estancia de hasta una semana.', needs: ['shelter', 'free-meals', 'showers-laundry'], hours: '24h' },
  { key: 'oax-comedor', org: 'oaxaca-solidaria', name: 'Comedor comunitario', desc: 'Desayuno y comida de lunes a viernes.', needs: ['free-meals'], hours: 'LV 08-15' },
  { key: 'oax-asesoria', org: 'oaxaca-solidaria', name: 'Asesoría jurídica gratuita', desc: 'Orientación legal sobre refugio, asilo y regularización migratoria.', needs: ['legal-representation', 'asylum-application', 'regularization'], hours: 'LV 10-15' },
  { key: 'oax-consulta', org: 'salud', name: 'Consulta médica general', desc: 'Consulta médica y vacunación para población abierta, incluidas personas migrantes.', needs: ['health', 'vaccinations'], hours: 'LV 08-20' },
  { key: 'oax-asilo-ancianos', org: 'guelaguetza', name: 'Asilo de ancianos', desc: 'Asilo para personas adultas mayores en situación de abandono: hospedaje, alimentación y atención médica.', needs: [], pop: ['older-adults'], hours: 'LD 09-18' },
  { key: 'oax-remesas', org: 'quetzal', name: 'Envío y cobro de remesas', desc: 'Cobra el dinero que te mandan o envía dinero a tu familia en Centroamérica.', needs: ['remittances'], hours: 'LS 09-19', fee: 'Comisión por envío.', site: 'oaxaca' },
  { key: 'oax-psicologia', org: 'guelaguetza', name: 'Atención psicológica', desc: 'Consultas psicológicas individuales a bajo costo.', needs: ['mental-health'], hours: 'LV 10-18', fee: 'Cuota de recuperación de 50 pesos.' },
  { key: 'oax-refugio-mujeres', org: 'mujeres', name: 'Refugio para mujeres y sus hijos', desc: 'Refugio confidencial para mujeres que huyen de la violencia, con sus hijas e hijos.', needs: ['gender-based-violence', 'shelter-women-children'], pop: ['women'], hours: '24h', confidential: true },
  { key: 'oax-interpretes', org: 'lenguas-vivas', name: 'Intérpretes de lenguas indígenas', desc: 'Intérpretes de zapoteco, mixteco y mazateco para trámites y audiencias.', needs: ['indigenous-language-interpretation'], langs: ['zap', 'spa'], hours: 'LV 09-15', site: 'oaxaca' },
  { key: 'oax-kits', org: 'oaxaca-solidaria', name: 'Kits de higiene', desc: 'Jabón, pasta de dientes, toallas sanitarias y rastrillos.', needs: ['hygiene-kits'], hours: 'LV 10-13' },
  { key: 'oax-inscripcion', org: 'escuelita', name: 'Inscripción escolar para niñez migrante', desc: 'Acompañamiento a familias para inscribir a sus hijas e hijos en la escuela, aunque no tengan papeles.', needs: ['school-enrolment'], pop: ['families'], hours: 'LV 09-13', site: 'oaxaca' },

  // ------------------------------------------------------------------ Ciudad de México (cdmx)
  { key: 'cdmx-casa-acogida', org: 'cdmx-acogida', name: 'Casa de acogida para personas migrantes y refugiadas', desc: 'Acogida de mediano plazo para personas solicitantes de refugio: habitación, alimentación y acompañamiento para su integración en la ciudad.', needs: ['shelter', 'free-meals'], hours: '24h' },
  { key: 'cdmx-albergue-temporal', org: 'albergue-sur', name: 'Albergue temporal', desc: 'Albergue de emergencia en la Ciudad de México, abierto las 24 horas: cama, comida y regaderas.', needs: ['shelter', 'emergency-shelter', 'free-meals', 'showers-laundry'], langs: ['spa', 'eng', 'hat', 'fra'], hours: '24h', site: 'cdmx' },
  { key: 'cdmx-albergue-familias', org: 'cdmx-refugiados', name: 'Albergue para familias solicitantes de refugio', desc: 'Departamentos temporales para familias que iniciaron su trámite ante la COMAR.', needs: ['shelter'], pop: ['families'], hours: '24h' },
  { key: 'cdmx-casa-arcoiris', org: 'cdmx-diversa', name: 'Casa refugio para personas LGBTIQ+', desc: 'Casa de acogida para personas LGBTIQ+ migrantes y refugiadas: hospedaje, acompañamiento psicológico y legal.', needs: ['shelter', 'psychosocial-support'], pop: ['lgbtiq'], hours: '24h' },
  { key: 'cdmx-albergue-mujeres', org: 'cdmx-acogida', name: 'Albergue para mujeres migrantes y sus hijos', desc: 'Albergue exclusivo para mujeres migrantes solas o con hijas e hijos.', needs: ['shelter-women-children'], pop: ['women', 'families'], hours: '24h', site: 'mujeres' },
  { key: 'cdmx-comedor', org: 'cdmx-acogida', name: 'Comedor comunitario', desc: 'Comida caliente de lunes a viernes.', needs: ['free-meals'], hours: 'LV 13-16' },
  { key: 'cdmx-comedor-calle', org: 'albergue-sur', name: 'Comedor para personas en situación de calle y migrantes', desc: 'Desayunos y comidas gratuitas sin requisitos.', needs: ['free-meals'], hours: 'LD 08-15', site: 'cdmx', untagged: true },
  { key: 'cdmx-comar', org: 'comar', name: 'Oficina central de la COMAR', desc: 'Solicitudes de la condición de refugiado en la Ciudad de México, entrevistas y resoluciones; recursos de revisión.', needs: ['asylum-application', 'asylum-appeal', 'complementary-protection'], hours: 'LV 09-14' },
  { key: 'cdmx-inm', org: 'inm', name: 'Oficina de trámites del INM', desc: 'Trámites migratorios: residencia temporal y permanente, tarjeta de visitante por razones humanitarias, permisos para trabajar.', needs: ['regularization', 'work-permit'], hours: 'LV 09-13' },
  { key: 'cdmx-asesoria-refugiados', org: 'cdmx-refugiados', name: 'Asesoría jurídica gratuita para personas refugiadas', desc: 'Acompañamiento legal en la solicitud de la condición de refugiado, recursos contra negativas y juicios de amparo.', needs: ['legal-representation', 'asylum-application', 'asylum-appeal'], langs: ['spa', 'eng', 'fra'], hours: 'LV 09-17' },
  { key: 'cdmx-clinica-juridica', org: 'universidad', name: 'Clínica jurídica universitaria', desc: 'Asesoría legal gratuita en temas migratorios, laborales y familiares por estudiantes de derecho.', needs: ['legal-representation', 'labour-rights'], hours: 'LV 10-14', site: 'cdmx' },
  { key: 'cdmx-legal-aid-en', org: 'cdmx-legal-en', name: 'Legal aid for asylum seekers', desc: 'Free legal advice for people applying for refugee status in Mexico, appeals against COMAR decisions and humanitarian visa procedures. Services in English and Spanish.', needs: ['legal-representation', 'asylum-application', 'asylum-appeal', 'regularization'], langs: ['eng', 'spa'], hours: 'LV 09-17' },
  { key: 'cdmx-centro-salud', org: 'salud', name: 'Centro de salud', desc: 'Consulta médica general, vacunación y planificación familiar sin costo.', needs: ['health', 'vaccinations', 'contraception'], hours: 'LV 08-20' },
  { key: 'cdmx-salud-sexual', org: 'cdmx-fundacion', name: 'Clínica de salud sexual', desc: 'Pruebas de VIH y otras infecciones de transmisión sexual, PrEP, PEP y anticonceptivos. Amigable con personas LGBTIQ+.', needs: ['hiv-sti', 'contraception'], pop: ['lgbtiq'], hours: 'LV 09-18' },
  { key: 'cdmx-clinica-vih', org: 'salud', name: 'Clínica especializada en VIH', desc: 'Tratamiento antirretroviral gratuito para personas que viven con VIH, sin importar su nacionalidad.', needs: ['hiv-sti'], hours: 'LV 08-15', site: 'vih' },
  { key: 'cdmx-dental', org: 'cdmx-fundacion', name: 'Atención dental gratuita', desc: 'Consultorio dental de la fundación: extracciones, resinas y atención de urgencia para el dolor de muelas.', needs: ['health'], hours: 'LMV 09-14' },
  { key: 'cdmx-psicologia', org: 'cdmx-refugiados', name: 'Atención psicológica', desc: 'Terapia individual y familiar para personas refugiadas y solicitantes.', needs: ['mental-health'], hours: 'LV 09-17' },
  { key: 'cdmx-apoyo-lgbt', org: 'cdmx-diversa', name: 'Apoyo emocional para personas LGBTIQ+', desc: 'Grupos de apoyo y acompañamiento psicosocial para personas LGBTIQ+ migrantes.', needs: ['psychosocial-support'], pop: ['lgbtiq'], hours: 'JV 17-20' },
  { key: 'cdmx-bolsa-trabajo', org: 'cdmx-refugiados', name: 'Bolsa de trabajo para personas refugiadas', desc: 'Vinculación con empresas que contratan a personas refugiadas y solicitantes con CURP.', needs: ['job-search'], hours: 'LV 09-17' },
  { key: 'cdmx-espanol', org: 'cdmx-acogida', name: 'Clases de español', desc: 'Clases de español para personas que hablan otros idiomas, nivel básico e intermedio.', needs: ['spanish-classes'], hours: 'LMV 10-12' },
  { key: 'cdmx-consulado-hn', org: 'consul-hn', name: 'Servicios consulares para personas hondureñas', desc: 'Pasaportes, constancias de nacionalidad y asistencia consular en la Ciudad de México.', needs: ['consular-services', 'lost-documents'], hours: 'LV 09-15', fee: 'El pasaporte tiene costo.' },
  { key: 'cdmx-consulat-haiti', org: 'consul-ht', name: "Services consulaires d'Haïti", desc: "Passeports, actes de naissance et assistance aux ressortissants haïtiens au Mexique. Paspò ak ak nesans pou moun ayisyen.", needs: ['consular-services', 'lost-documents'], langs: ['fra', 'hat', 'spa'], hours: 'LV 09-14', fee: 'Frais selon le document.' },
  { key: 'cdmx-interpretes', org: 'cdmx-acogida', name: 'Intérpretes de kreyòl y francés', desc: 'Interpretación en criollo haitiano y francés para citas en la COMAR, hospitales y escuelas.', needs: ['interpretation'], langs: ['hat', 'fra', 'spa'], hours: 'LV 10-16' },
  { key: 'cdmx-discapacidad', org: 'cdmx-inclusion', name: 'Apoyo para personas con discapacidad', desc: 'Sillas de ruedas, muletas y aparatos auditivos; rehabilitación y acompañamiento para personas con discapacidad en movilidad.', needs: ['disability-support', 'assistive-devices'], pop: ['people-with-disabilities'], hours: 'LV 09-15' },
  { key: 'cdmx-quejas-ddhh', org: 'ddhh', name: 'Quejas ante la comisión de derechos humanos', desc: 'Presenta una queja si una autoridad te detuvo sin razón, te extorsionó o te negó atención.', needs: ['human-rights'], hours: 'LV 09-18', site: 'cdmx' },
  { key: 'cdmx-apoyo-economico', org: 'cdmx-refugiados', name: 'Apoyo económico para personas refugiadas', desc: 'Asistencia en efectivo durante los primeros meses para pagar renta y comida.', needs: ['cash-assistance'], hours: 'LV 09-17' },
  { key: 'cdmx-inscripcion-escolar', org: 'escuelita', name: 'Inscripción escolar y regularización académica', desc: 'Apoyo para inscribir a niñas, niños y adolescentes en la escuela y revalidar estudios del extranjero.', needs: ['school-enrolment'], pop: ['families'], hours: 'LV 09-14', site: 'cdmx' },
  { key: 'cdmx-albergue-esperanza', org: 'albergue-sur', name: 'Albergue La Esperanza', desc: 'Albergue para personas migrantes en la Ciudad de México.', needs: ['shelter'], status: 'defunct', assured: '2020-01-20', site: 'esperanza' },
  { key: 'cdmx-retorno', org: 'movilidad-segura', name: 'Retorno voluntario asistido', desc: 'Si decides volver a tu país, te ayudamos con el boleto, los documentos y la llegada.', needs: ['voluntary-return'], hours: 'LV 09-17', site: 'cdmx' },
  { key: 'cdmx-permiso-trabajo', org: 'cdmx-refugiados', name: 'Orientación sobre el permiso para trabajar', desc: 'Te explicamos cómo obtener la CURP, el número de seguridad social y el permiso para trabajar siendo solicitante de refugio.', needs: ['work-permit', 'curp'], hours: 'LV 09-17' },

  // ------------------------------------------------------------------ Puebla (pue)
  { key: 'pue-albergue', org: 'puebla-migrante', name: 'Albergue para personas migrantes', desc: 'Albergue en Puebla con cama, comida y regadera por hasta cinco días.', needs: ['shelter', 'free-meals'], hours: 'LD 16-22' },
  { key: 'pue-comedor', org: 'puebla-migrante', name: 'Comedor comunitario', desc: 'Comida caliente de lunes a sábado.', needs: ['free-meals'], hours: 'LS 13-15' },
  { key: 'pue-asesoria', org: 'puebla-migrante', name: 'Asesoría jurídica gratuita', desc: 'Orientación y acompañamiento legal a personas migrantes y solicitantes de refugio.', needs: ['legal-representation', 'asylum-application'], hours: 'LV 10-15' },
  { key: 'pue-asilo-ancianos', org: 'puebla-adultos', name: 'Asilo de ancianos', desc: 'Residencia para adultos mayores con atención de enfermería las 24 horas, alimentación y actividades recreativas.', needs: [], pop: ['older-adults'], hours: 'LD 09-19', fee: 'Mensualidad; algunas becas.' },
  { key: 'pue-estancia-dia', org: 'puebla-adultos', name: 'Estancia de día para adultos mayores', desc: 'Cuidado diurno, comida y talleres para personas mayores.', needs: [], pop: ['older-adults'], hours: 'LV 08-16' },
  { key: 'pue-consulta', org: 'salud', name: 'Consulta médica', desc: 'Consulta general y medicamentos del cuadro básico.', needs: ['health', 'medicines'], hours: 'LV 08-18' },
  { key: 'pue-empleo', org: 'empleo', name: 'Bolsa de trabajo', desc: 'Vinculación laboral y ferias de empleo.', needs: ['job-search'], hours: 'LV 09-14' },
  { key: 'pue-casa-hospitalidad', org: 'puebla-migrante', name: 'Casa de hospitalidad', desc: 'Hospedaje solidario por unos días para personas en tránsito que llegan a la ciudad sin dónde quedarse.', needs: ['shelter'], site: 'casa', untagged: true },
  { key: 'pue-psicologia', org: 'puebla-migrante', name: 'Atención psicológica', desc: 'Sesiones de apoyo psicológico.', needs: ['mental-health'], hours: 'MI 10-14' },

  // ------------------------------------------------------------------ Monterrey (mty)
  { key: 'mty-casa-migrante', org: 'mty-casa', name: 'Casa del migrante', desc: 'Albergue para hombres migrantes en Monterrey: cama, comida, regaderas y orientación. Estancia de hasta 3 días.', needs: ['shelter', 'free-meals', 'showers-laundry'], pop: ['men'], hours: 'LD 16-21', elig: 'Hombres mayores de 18 años.' },
  { key: 'mty-albergue-familias', org: 'mty-familias', name: 'Albergue para familias migrantes', desc: 'Alojamiento para familias, madres con hijos y parejas, con alimentación y actividades para la niñez.', needs: ['shelter', 'free-meals'], pop: ['families', 'women'], hours: '24h' },
  { key: 'mty-albergue-mujeres', org: 'mty-familias', name: 'Albergue para mujeres y niñez migrante', desc: 'Casa exclusiva para mujeres migrantes solas o con sus hijas e hijos.', needs: ['shelter-women-children'], pop: ['women', 'families'], hours: '24h', site: 'mujeres' },
  { key: 'mty-refugio-violencia', org: 'mujeres', name: 'Refugio para mujeres víctimas de violencia', desc: 'Refugio confidencial con atención legal, psicológica y médica para mujeres y sus hijos que huyen de la violencia.', needs: ['gender-based-violence', 'shelter-women-children'], pop: ['women'], hours: '24h', confidential: true },
  { key: 'mty-comedor', org: 'mty-casa', name: 'Comedor para personas migrantes', desc: 'Comida caliente todos los días a las 13:00 horas.', needs: ['free-meals'], hours: 'LD 13-15' },
  { key: 'mty-comar', org: 'comar', name: 'Oficina de la COMAR en Monterrey', desc: 'Solicitudes de la condición de refugiado y seguimiento de casos en el norte del país.', needs: ['asylum-application'], hours: 'LV 09-14' },
  { key: 'mty-asesoria', org: 'mty-familias', name: 'Asesoría jurídica gratuita', desc: 'Orientación legal sobre refugio, regularización migratoria y asilo en Estados Unidos.', needs: ['legal-representation', 'asylum-application', 'regularization'], hours: 'LV 10-16' },
  { key: 'mty-bolsa-trabajo', org: 'mty-casa', name: 'Bolsa de trabajo para personas migrantes y refugiadas', desc: 'Te conectamos con empresas de Monterrey que contratan personas migrantes con documentos.', needs: ['job-search'], hours: 'LV 09-14' },
  { key: 'mty-vinculacion-laboral', org: 'empleo', name: 'Vinculación laboral con empresas', desc: 'Ofertas de empleo formal en la industria, la construcción y los servicios; ayuda para hacer tu currículum.', needs: ['job-search'], hours: 'LV 09-15', untagged: true },
  { key: 'mty-derechos-laborales', org: 'mty-familias', name: 'Derechos laborales', desc: 'Asesoría cuando no te pagan, te despiden sin razón o no te dan seguro social.', needs: ['labour-rights'], hours: 'MA 10-14' },
  { key: 'mty-consulta', org: 'salud', name: 'Consulta médica', desc: 'Consulta médica general gratuita para personas migrantes.', needs: ['health'], hours: 'LV 08-16' },
  { key: 'mty-clinique', org: 'mty-comunidad', name: 'Clinique communautaire', desc: 'Consultations médicales gratuites pour les personnes migrantes. On parle français et créole. Konsiltasyon doktè gratis.', needs: ['health'], langs: ['fra', 'hat', 'spa'], hours: 'SD 09-13' },
  { key: 'mty-inscripcion', org: 'mty-familias', name: 'Inscripción a la escuela', desc: 'Ayudamos a inscribir a tus hijas e hijos en la escuela pública de Monterrey.', needs: ['school-enrolment'], pop: ['families'], hours: 'LV 09-13' },
  { key: 'mty-retorno', org: 'movilidad-segura', name: 'Retorno voluntario', desc: 'Apoyo para regresar de forma segura a tu país de origen.', needs: ['voluntary-return'], hours: 'LV 09-16', site: 'monterrey' },
  { key: 'mty-salud-mental', org: 'mty-casa', name: 'Salud mental para personas migrantes', desc: 'Psicólogos atienden ansiedad, depresión y trauma.', needs: ['mental-health'], hours: 'LV 10-16' },
  { key: 'mty-regaderas', org: 'mty-casa', name: 'Regaderas y lavandería', desc: 'Baño y lavado de ropa para personas que no se hospedan.', needs: ['showers-laundry'], hours: 'LD 09-12' },
  { key: 'mty-travay', org: 'mty-comunidad', name: 'Oryantasyon pou travay', desc: 'Nou ede moun ayisyen jwenn travay, fè CV epi konprann dwa travayè yo. Orientación laboral para personas haitianas.', needs: ['job-search', 'labour-rights'], langs: ['hat', 'fra', 'spa'], hours: 'SD 09-13' },
  { key: 'mty-trabalho', org: 'mty-lusofonos', name: 'Orientação para trabalho e documentos', desc: 'Orientação em português para pessoas migrantes (brasileiras, angolanas e haitianas vindas do Brasil): trabalho, documentos e regularização.', needs: ['job-search', 'regularization'], langs: ['por', 'spa'], hours: 'SD 10-13' },

  // ------------------------------------------------------------------ Tijuana (tij)
  { key: 'tij-albergue', org: 'tij-juventud', name: 'Albergue para personas migrantes', desc: 'Albergue en Tijuana para personas deportadas y en tránsito: cama, comida y orientación.', needs: ['shelter', 'free-meals'], hours: '24h' },
  { key: 'tij-casa-hombres', org: 'tij-casa', name: 'Casa del migrante para hombres', desc: 'Alojamiento hasta por 15 días para hombres migrantes y deportados.', needs: ['shelter'], pop: ['men'], hours: 'LD 16-21', elig: 'Hombres mayores de 18 años.' },
  { key: 'tij-albergue-familias', org: 'tij-juventud', name: 'Albergue para familias', desc: 'Espacio para familias que esperan su cita de asilo: habitaciones familiares, comida y ludoteca.', needs: ['shelter', 'free-meals'], pop: ['families'], hours: '24h', site: 'familias' },
  { key: 'tij-casa-mujeres', org: 'tij-casa', name: 'Casa para mujeres migrantes y sus hijos', desc: 'Hospedaje, alimentación y acompañamiento para mujeres solas o con hijas e hijos.', needs: ['shelter-women-children'], pop: ['women', 'families'], hours: '24h', site: 'mujeres' },
  { key: 'tij-kay-akey', org: 'tij-haitianos', name: 'Kay akèy pou moun ayisyen', desc: 'Kay akèy pou moun ayisyen ak lòt migran: kabann, manje ak èd pou papye. Abri pour les migrants haïtiens : lits, repas et aide pour les papiers.', needs: ['shelter', 'free-meals', 'information-referral'], langs: ['hat', 'fra', 'spa'], hours: '24h' },
  { key: 'tij-comedor', org: 'tij-juventud', name: 'Comedor comunitario', desc: 'Comida caliente para personas migrantes, deportadas y en situación de calle.', needs: ['free-meals'], hours: 'LD 12-15', site: 'comedor' },
  { key: 'tij-desayunador', org: 'tij-casa', name: 'Desayunador para personas migrantes', desc: 'Desayuno completo todas las mañanas; también regaderas y ropa los martes.', needs: ['free-meals', 'showers-laundry'], hours: 'LD 07-10', site: 'desayunador', untagged: true },
  { key: 'tij-asesoria-asilo', org: 'tij-legal', name: 'Asesoría legal sobre asilo en Estados Unidos y refugio en México', desc: 'Consultas legales gratuitas para entender el procedimiento de asilo en Estados Unidos y la solicitud de refugio en México.', needs: ['legal-representation', 'asylum-application'], langs: ['spa', 'eng'], hours: 'LV 09-15' },
  { key: 'tij-legal-orientation', org: 'tij-legal', name: 'Legal orientation for asylum seekers', desc: 'Know-your-rights workshops and free legal consultations about asylum in the United States and refugee status in Mexico. We speak English, Spanish and Haitian Creole.', needs: ['legal-representation', 'asylum-application', 'migration-information'], langs: ['eng', 'spa', 'hat'], hours: 'MA 10-14' },
  { key: 'tij-abogados', org: 'tij-juventud', name: 'Despacho de abogados pro bono', desc: 'Representación legal gratuita en amparos, detención migratoria y solicitudes de refugio.', needs: ['legal-representation', 'migration-detention', 'asylum-application'], hours: 'LV 10-16', untagged: true },
  { key: 'tij-psicologia', org: 'tij-salud', name: 'Atención psicológica y salud mental', desc: 'Psicoterapia breve y atención en crisis para personas migrantes.', needs: ['mental-health', 'mental-health-crisis'], hours: 'LV 09-17' },
  { key: 'tij-mental-health', org: 'tij-salud', name: 'Mental health support for migrants', desc: 'Free counseling for people dealing with trauma, stress or grief after the journey, in English, Spanish and Haitian Creole.', needs: ['mental-health', 'psychosocial-support'], langs: ['eng', 'spa', 'hat'], hours: 'LV 09-17' },
  { key: 'tij-clinica', org: 'tij-salud', name: 'Clínica para personas migrantes', desc: 'Consulta médica, medicamentos y vacunas gratis.', needs: ['health', 'medicines', 'vaccinations'], langs: ['spa', 'eng'], hours: 'LS 09-17' },
  { key: 'tij-espanol', org: 'tij-haitianos', name: 'Clases de español para personas haitianas y africanas', desc: "Clases de español gratuitas. Kou panyòl gratis. Cours d'espagnol gratuits.", needs: ['spanish-classes'], langs: ['hat', 'fra', 'eng', 'spa'], hours: 'LMV 17-19' },
  { key: 'tij-ropero', org: 'tij-juventud', name: 'Ropero: ropa, zapatos y cobijas', desc: 'Ropa y zapatos para adultos y niños, y cobijas en invierno.', needs: ['clothing-shoes'], hours: 'MI 10-14', site: 'comedor' },
  { key: 'tij-informacao', org: 'tij-juventud', name: 'Informação para migrantes em português', desc: 'Orientação em português sobre abrigo, comida grátis, saúde e documentos em Tijuana.', needs: ['information-referral'], langs: ['por', 'spa'], hours: 'SD 10-14' },
  { key: 'tij-kits', org: 'tij-juventud', name: 'Kits de higiene y pañales', desc: 'Kits de higiene personal, pañales y toallas sanitarias.', needs: ['hygiene-kits', 'baby-supplies'], hours: 'LV 10-13', site: 'comedor' },
  { key: 'tij-bolsa-trabajo', org: 'empleo', name: 'Bolsa de trabajo', desc: 'Vacantes en maquiladoras y servicios en Tijuana.', needs: ['job-search'], hours: 'LV 08-14' },
  { key: 'tij-inm', org: 'inm', name: 'Oficina del INM en Tijuana', desc: 'Trámites de regularización y documentos migratorios.', needs: ['regularization'], hours: 'LV 09-13' },
  { key: 'tij-comar', org: 'comar', name: 'Oficina de la COMAR en Tijuana', desc: 'Recepción de solicitudes de la condición de refugiado en Baja California.', needs: ['asylum-application'], hours: 'LV 09-14' },
  { key: 'tij-albergue-esperanza-norte', org: 'albergue-sur', name: 'Albergue Esperanza del Norte', desc: 'Albergue para personas migrantes en Tijuana.', needs: ['shelter'], status: 'inactive', assured: '2021-07-07', site: 'tijuana' },

  // ------------------------------------------------------------------ Ciudad Juárez (cjs)
  { key: 'cjs-casa-migrante', org: 'cjs-casa', name: 'Casa del migrante', desc: 'Albergue para personas migrantes en Ciudad Juárez: hospedaje, comida, regaderas y atención médica.', needs: ['shelter', 'free-meals', 'showers-laundry'], hours: '24h' },
  { key: 'cjs-albergue-familias', org: 'cjs-red', name: 'Albergue temporal para familias', desc: 'Alojamiento temporal para familias con niñas y niños.', needs: ['shelter'], pop: ['families'], hours: '24h' },
  { key: 'cjs-comedor', org: 'cjs-red', name: 'Comedor comunitario', desc: 'Comida caliente de lunes a domingo para personas migrantes.', needs: ['free-meals'], hours: 'LD 12-15', site: 'comedor' },
  { key: 'cjs-regaderas', org: 'cjs-casa', name: 'Regaderas, lavandería y ropa', desc: 'Regaderas con agua caliente, lavado de ropa y ropero.', needs: ['showers-laundry', 'clothing-shoes'], hours: 'LS 09-13' },
  { key: 'cjs-banos', org: 'cjs-red', name: 'Baños y regaderas públicas', desc: 'Baños y regaderas gratuitas para personas en situación de calle y personas migrantes.', needs: ['showers-laundry'], hours: 'LD 08-18', site: 'comedor', untagged: true },
  { key: 'cjs-asesoria', org: 'cjs-red', name: 'Asesoría legal migratoria', desc: 'Orientación legal sobre asilo en Estados Unidos, refugio en México y regularización.', needs: ['legal-representation', 'asylum-application', 'regularization'], hours: 'LV 09-15' },
  { key: 'cjs-consulta', org: 'salud', name: 'Consulta médica', desc: 'Consulta médica gratuita y medicamentos.', needs: ['health', 'medicines'], hours: 'LV 08-16' },
  { key: 'cjs-psicologia', org: 'cjs-red', name: 'Atención psicológica', desc: 'Apoyo psicológico individual para personas migrantes y sus familias.', needs: ['mental-health'], hours: 'LV 10-16' },
  { key: 'cjs-inm', org: 'inm', name: 'Oficina del INM en Ciudad Juárez', desc: 'Trámites migratorios y constancias.', needs: ['regularization'], hours: 'LV 09-13' },
  { key: 'cjs-empleo', org: 'empleo', name: 'Empleo en la industria maquiladora', desc: 'Bolsa de trabajo con vacantes en maquiladoras para personas con permiso para trabajar.', needs: ['job-search'], hours: 'LV 08-14' },
  { key: 'cjs-hot-meals', org: 'cjs-red', name: 'Hot meals and groceries for migrants', desc: 'Hot dinners every evening and grocery bags for families staying in the city.', needs: ['free-meals', 'food-parcels'], langs: ['eng', 'spa'], hours: 'LD 18-20', site: 'comedor' },
  { key: 'cjs-repatriados', org: 'cjs-casa', name: 'Atención a personas repatriadas', desc: 'Recepción de personas mexicanas devueltas desde Estados Unidos: llamada, comida y apoyo para el transporte a su estado.', needs: ['voluntary-return', 'transport', 'phone-calls'], hours: 'LD 08-20', site: 'puente' },
  { key: 'cjs-comedor-la-frontera', org: 'samaritano', name: 'Comedor La Frontera', desc: 'Comedor para personas migrantes.', needs: ['free-meals'], status: 'defunct', assured: '2019-03-03', site: 'juarez' },

  // ------------------------------------------------------------------ Ciudad de Guatemala (gua)
  { key: 'gua-casa-migrante', org: 'gua-casa', name: 'Casa del Migrante', desc: 'Albergue en la zona 1 de la Ciudad de Guatemala: alojamiento, comida y atención médica para personas migrantes.', needs: ['shelter', 'free-meals', 'health'], hours: '24h' },
  { key: 'gua-albergue-retornados', org: 'pastoral-gt', name: 'Albergue para personas retornadas', desc: 'Alojamiento de una noche para personas guatemaltecas deportadas que llegan al aeropuerto, antes de viajar a su comunidad.', needs: ['shelter', 'voluntary-return'], hours: '24h', site: 'capital' },
  { key: 'gua-comedor', org: 'gua-casa', name: 'Comedor solidario', desc: 'Almuerzo gratuito para personas migrantes y en situación de calle.', needs: ['free-meals'], hours: 'LV 12-14' },
  { key: 'gua-asesoria-refugio', org: 'gua-red', name: 'Asesoría para solicitar refugio en Guatemala', desc: 'Orientación y acompañamiento legal para solicitar el estatuto de refugiado en Guatemala.', needs: ['asylum-application', 'legal-representation'], hours: 'LV 09-16' },
  { key: 'gua-igm', org: 'igm', name: 'Instituto Guatemalteco de Migración — oficina central', desc: 'Pasaportes, permisos de permanencia y recepción de solicitudes de protección internacional.', needs: ['migration-information', 'asylum-application', 'regularization'], hours: 'LV 08-16', site: 'capital' },
  { key: 'gua-recepcion-retornados', org: 'gua-red', name: 'Recepción de personas retornadas', desc: 'Atención a personas guatemaltecas deportadas: orientación, llamada a la familia y transporte.', needs: ['voluntary-return', 'transport'], hours: 'LD 06-20' },
  { key: 'gua-empleo', org: 'gua-red', name: 'Bolsa de empleo', desc: 'Empleo para personas retornadas y refugiadas en Guatemala.', needs: ['job-search'], hours: 'LV 09-16' },
  { key: 'gua-clinica', org: 'gua-casa', name: 'Clínica médica', desc: 'Consulta general gratuita.', needs: ['health'], hours: 'LV 08-14', site: 'clinica' },
  { key: 'gua-psicologia', org: 'gua-red', name: 'Atención psicológica', desc: 'Atención psicológica para personas retornadas, desplazadas y migrantes.', needs: ['mental-health', 'psychosocial-support'], hours: 'LV 09-16' },
  { key: 'gua-busqueda', org: 'familias-busqueda', name: 'Búsqueda de familiares desaparecidos en la ruta migratoria', desc: 'Registro de casos de personas guatemaltecas desaparecidas en su tránsito por México y apoyo a sus familias.', needs: ['missing-persons', 'family-contact'], hours: 'LV 09-15', site: 'guatemala' },
  { key: 'gua-trata', org: 'gua-red', name: 'Atención a víctimas de trata', desc: 'Protección, albergue temporal y asistencia legal a víctimas de trata de personas.', needs: ['trafficking-survivor-support', 'report-trafficking'], hours: '24h', site: 'trata' },
  { key: 'gua-refugio-mujeres', org: 'gua-red', name: 'Refugio para mujeres sobrevivientes de violencia', desc: 'Refugio temporal confidencial para mujeres y sus hijas e hijos.', needs: ['gender-based-violence', 'shelter-women-children'], pop: ['women'], hours: '24h', confidential: true, site: 'mujeres' },
  { key: 'gua-ninez', org: 'pastoral-gt', name: 'Protección de la niñez migrante no acompañada', desc: 'Atención a niñas, niños y adolescentes que viajan solos o que fueron retornados sin su familia.', needs: ['unaccompanied-children', 'child-protection'], pop: ['unaccompanied-children'], hours: 'LV 08-16', site: 'capital' },

  // ------------------------------------------------------------------ San Pedro Sula (sps), Honduras
  { key: 'sps-retornados', org: 'sps-centro', name: 'Centro de atención al migrante retornado', desc: 'Recepción de personas hondureñas retornadas: alimentación, llamada, atención médica y orientación para volver a su comunidad.', needs: ['voluntary-return', 'information-referral', 'phone-calls'], hours: 'LD 06-20' },
  { key: 'sps-albergue', org: 'sps-red', name: 'Albergue temporal', desc: 'Alojamiento temporal para personas desplazadas y retornadas.', needs: ['shelter'], hours: '24h' },
  { key: 'sps-comedor', org: 'sps-red', name: 'Comedor', desc: 'Comida del mediodía.', needs: ['free-meals'], hours: 'LV 12-14' },
  { key: 'sps-ropa', org: 'sps-centro', name: 'Ropa y calzado para personas retornadas', desc: 'Ropa limpia, zapatos y kit de higiene a la llegada.', needs: ['clothing-shoes', 'hygiene-kits'], hours: 'LD 06-20' },
  { key: 'sps-psicosocial', org: 'sps-red', name: 'Atención psicosocial', desc: 'Apoyo psicológico para personas retornadas y familias desplazadas por la violencia.', needs: ['psychosocial-support'], hours: 'LV 08-16' },
  { key: 'sps-orientacion-legal', org: 'sps-red', name: 'Orientación legal antes de migrar', desc: 'Información sobre los riesgos de la ruta, el derecho a pedir refugio y las vías regulares de migración.', needs: ['migration-information'], hours: 'LV 08-16' },
  { key: 'sps-reinsercion', org: 'sps-centro', name: 'Reinserción laboral', desc: 'Capacitación y empleo para personas retornadas.', needs: ['job-search'], hours: 'LV 08-16' },
  { key: 'sps-desplazados', org: 'sps-red', name: 'Atención a personas desplazadas por violencia', desc: 'Protección y reubicación de familias amenazadas por pandillas.', needs: ['human-rights', 'shelter'], pop: ['families'], hours: 'LV 08-16', untagged: true },
  { key: 'sps-familiares-desaparecidos', org: 'familias-busqueda', name: 'Comité de familiares de migrantes desaparecidos', desc: 'Acompañamiento a familias hondureñas que buscan a sus seres queridos desaparecidos en la ruta.', needs: ['missing-persons'], hours: 'LV 09-15', site: 'sps' },

  // ------------------------------------------------------------------ Phone lines and online services (nat)
  { key: 'nat-linea-emocional', org: 'lineas', name: 'Línea de apoyo emocional 24 horas', desc: 'Línea telefónica gratuita y confidencial para hablar con una psicóloga en momentos de crisis, a cualquier hora.', needs: ['mental-health-crisis', 'mental-health'], hours: '24h', line: true },
  { key: 'nat-linea-orientacion', org: 'lineas', name: 'Línea de orientación para personas migrantes', desc: 'Información por teléfono y WhatsApp sobre albergues, trámites y derechos en todo México.', needs: ['information-referral', 'migration-information'], langs: ['spa', 'eng', 'hat', 'fra'], hours: 'LV 08-20', line: true },
  { key: 'nat-whatsapp-legal', org: 'lineas', name: 'Orientación legal por WhatsApp', desc: 'Abogadas responden dudas sobre refugio, regularización y detención migratoria por mensaje.', needs: ['legal-representation', 'asylum-application', 'migration-detention'], hours: 'LV 09-17', line: true },
  { key: 'nat-linea-trata', org: 'lineas', name: 'Línea contra la trata de personas', desc: 'Reporta de forma anónima casos de trata de personas y explotación.', needs: ['report-trafficking'], hours: '24h', line: true },
  { key: 'nat-busqueda-familiares', org: 'lineas', name: 'Plataforma en línea de búsqueda de familiares', desc: 'Publica y busca fotos de familiares con quienes perdiste el contacto en la ruta.', needs: ['family-contact', 'missing-persons'], line: true, untagged: true },
];
