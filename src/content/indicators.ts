import { FACT_SHEET_REVIEWED, type Provenance } from './provenance.js';
import { src } from './sources.js';
import type { Text } from './text.js';

/**
 * The "Think twice" self-check questions. Each rests on named ILO forced-labour indicators and Polaris signs;
 * no short tool has been validated for migrants in the region, so answers point to warning signs, never a verdict.
 */
export interface Indicator {
  id: string;
  question: Text;
  /** Shown when the answer is yes: the sign, in plain words, and why it matters. */
  sign: Text;
  why: Text;
  /** The names of the indicators as their sources give them. */
  basis: string[];
  /** A sign of immediate danger: the result then leads with 911. */
  urgent?: boolean;
  provenance: Provenance;
}

const p = (...ids: Parameters<typeof src>): Provenance => ({ sources: src(...ids), reviewed: FACT_SHEET_REVIEWED, sensitivity: 'red' });

export const INDICATORS: Indicator[] = [
  {
    id: 'duties',
    question: { es: '¿Le piden hacer tareas que no se acordaron cuando aceptó el trabajo?', en: 'Are you asked to do tasks that were not agreed when you took the job?', fr: 'Vous demande-t-on des tâches qui n’étaient pas prévues quand vous avez accepté le travail ?', ht: 'Èske yo mande w fè travay ou pa t dakò fè lè w te aksepte djòb la?', pt: 'Pedem que você faça tarefas que não foram combinadas quando aceitou o trabalho?' },
    sign: { es: 'Tareas que no se acordaron', en: 'Duties that were not agreed' },
    why: { es: 'Nadie le puede obligar a hacer tareas que no se acordaron. El engaño sobre el trabajo es una señal de trata.', en: 'Nobody can force you to do tasks that were not agreed. Deception about the work is a sign of trafficking.' },
    basis: ['ILO: deception', 'ILO/EC: deceptive recruitment'],
    provenance: p('ilo11', 'iloOperational', 'colmenaThinkTwice'),
  },
  {
    id: 'conditions',
    question: { es: '¿Cambiaron las condiciones del trabajo (salario, horario, lugar o tipo de trabajo) después de que llegó?', en: 'Did the conditions of the job (wage, hours, place or kind of work) change after you arrived?', fr: 'Les conditions du travail (salaire, horaires, lieu ou type de travail) ont-elles changé après votre arrivée ?', ht: 'Èske kondisyon travay la (salè, lè, kote oswa kalite travay) chanje apre w te rive?', pt: 'As condições do trabalho (salário, horário, lugar ou tipo de trabalho) mudaram depois que você chegou?' },
    sign: { es: 'Las condiciones cambiaron después de llegar', en: 'Conditions changed after arrival' },
    why: { es: 'Una oferta que resulta ser otra cosa es la forma más común de enganche: en México, el 28.7 % de las víctimas de trata fueron contactadas con ofertas de empleo falsas.', en: 'An offer that turns out to be something else is the most common hook: in Mexico, 28.7% of trafficking victims were first contacted through false job offers.' },
    basis: ['ILO: deception', 'ILO/EC: deceptive recruitment'],
    provenance: p('ilo11', 'iloOperational', 'falseOffers'),
  },
  {
    id: 'documents',
    question: { es: '¿Alguien guarda sus documentos de identidad y no se los devuelve cuando los pide?', en: 'Does someone keep your identity documents and not give them back when you ask?', fr: 'Quelqu’un garde-t-il vos papiers d’identité sans vous les rendre quand vous les demandez ?', ht: 'Èske gen yon moun ki kenbe papye idantite w epi ki pa remèt ou yo lè w mande?', pt: 'Alguém guarda seus documentos de identidade e não os devolve quando você pede?' },
    sign: { es: 'Le retienen sus documentos', en: 'Your documents are withheld' },
    why: { es: 'Retener documentos es una forma de impedir que una persona se vaya. Sus documentos son suyos.', en: 'Keeping documents is a way to stop a person from leaving. Your documents are yours.' },
    basis: ['ILO: retention of identity documents', 'Polaris: no control of ID'],
    provenance: p('ilo11', 'polaris', 'colmenaThinkTwice'),
  },
  {
    id: 'wages',
    question: { es: '¿No le pagan el salario que le prometieron, o se lo retienen?', en: 'Are you not paid the wage you were promised, or is it held back?', fr: 'Ne vous paie-t-on pas le salaire promis, ou le retient-on ?', ht: 'Èske yo pa peye w salè yo te pwomèt ou a, oswa yo kenbe l?', pt: 'Não pagam o salário prometido, ou o retêm?' },
    sign: { es: 'Salario prometido no pagado o retenido', en: 'Promised wage not paid or withheld' },
    why: { es: 'Retener el salario obliga a seguir trabajando para no perderlo.', en: 'Withholding wages forces a person to keep working so as not to lose them.' },
    basis: ['ILO: withholding of wages'],
    provenance: p('ilo11'),
  },
  {
    id: 'papers',
    question: { es: '¿Le prometieron ayudarle a regularizar su situación migratoria y no lo hicieron?', en: 'Were you promised help to regularize your migration status, and it never came?', fr: 'Vous a-t-on promis de l’aide pour régulariser votre situation migratoire, sans jamais la donner ?', ht: 'Èske yo te pwomèt ou èd pou regilarize sitiyasyon migrasyon w, epi yo pa janm fè l?', pt: 'Prometeram ajudar a regularizar sua situação migratória e não cumpriram?' },
    sign: { es: 'Papeles prometidos que nunca llegaron', en: 'Promised papers that never came' },
    why: { es: 'Una promesa falsa sobre los papeles es un engaño que deja a la persona sin documentos y más expuesta.', en: 'A false promise about papers is a deception that leaves the person undocumented and more exposed.' },
    basis: ['ILO: deception', 'ILO: abuse of vulnerability'],
    provenance: p('ilo11', 'colmenaThinkTwice'),
  },
  {
    id: 'debt',
    question: { es: '¿Le debe dinero a su empleador o a quien le consiguió el trabajo, y esa deuda le impide irse?', en: 'Do you owe money to your employer or to whoever found you the job, and does that debt stop you from leaving?', fr: 'Devez-vous de l’argent à votre employeur ou à celui qui vous a trouvé le travail, et cette dette vous empêche-t-elle de partir ?', ht: 'Èske w dwe patwon w oswa moun ki te jwenn djòb la pou ou lajan, epi dèt sa a anpeche w ale?', pt: 'Você deve dinheiro ao empregador ou a quem conseguiu o trabalho, e essa dívida impede que você vá embora?' },
    sign: { es: 'Una deuda que le ata al trabajo', en: 'A debt that ties you to the job' },
    why: { es: 'La servidumbre por deudas es uno de los indicadores de trabajo forzoso.', en: 'Debt bondage is one of the indicators of forced labour.' },
    basis: ['ILO: debt bondage', 'Polaris: debts to an employer or recruiter'],
    provenance: p('ilo11', 'polaris'),
  },
  {
    id: 'threats',
    question: { es: '¿Le han amenazado, por ejemplo con denunciarle a migración o con hacer daño a su familia?', en: 'Have you been threatened, for example with being reported to immigration or with harm to your family?', fr: 'Vous a-t-on menacé, par exemple de vous dénoncer à l’immigration ou de faire du mal à votre famille ?', ht: 'Èske yo te menase w, pa egzanp pou yo denonse w bay imigrasyon oswa fè fanmi w mal?', pt: 'Você foi ameaçado, por exemplo de ser denunciado à imigração ou de que fariam mal à sua família?' },
    sign: { es: 'Amenazas', en: 'Threats' },
    why: { es: 'Amenazar con la deportación es una forma de control. Usted tiene derechos aunque no tenga papeles.', en: 'Threatening deportation is a form of control. You have rights even without papers.' },
    basis: ['ILO: intimidation and threats', 'Polaris: threats of deportation'],
    urgent: true,
    provenance: p('ilo11', 'polaris'),
  },
  {
    id: 'violence',
    question: { es: '¿Alguien le ha golpeado o le ha hecho daño físico o sexual?', en: 'Has someone hit you or harmed you physically or sexually?', fr: 'Quelqu’un vous a-t-il frappé ou fait du mal physiquement ou sexuellement ?', ht: 'Èske yon moun te frape w oswa fè w mal fizikman oswa seksyèlman?', pt: 'Alguém bateu em você ou lhe causou dano físico ou sexual?' },
    sign: { es: 'Violencia física o sexual', en: 'Physical or sexual violence' },
    why: { es: 'La violencia es un delito y una señal grave de trabajo forzoso. Si está en peligro, llame al 911.', en: 'Violence is a crime and a serious sign of forced labour. If you are in danger, call 911.' },
    basis: ['ILO: physical and sexual violence'],
    urgent: true,
    provenance: p('ilo11'),
  },
  {
    id: 'movement',
    question: { es: '¿Le impiden salir del lugar donde trabaja o vive, o le vigilan todo el tiempo?', en: 'Are you stopped from leaving where you work or live, or watched all the time?', fr: 'Vous empêche-t-on de quitter votre lieu de travail ou de logement, ou vous surveille-t-on en permanence ?', ht: 'Èske yo anpeche w soti kote w travay oswa kote w rete, oswa yo siveye w tout tan?', pt: 'Impedem você de sair do lugar onde trabalha ou mora, ou vigiam você o tempo todo?' },
    sign: { es: 'Le impiden moverse o le vigilan', en: 'Your movement is restricted or watched' },
    why: { es: 'Restringir el movimiento y la presión para quedarse son señales de trata laboral.', en: 'Restricted movement and pressure to stay are signs of labour trafficking.' },
    basis: ['ILO: restriction of movement', 'Polaris: isolation or monitoring; pressure to stay'],
    urgent: true,
    provenance: p('ilo11', 'polaris'),
  },
  {
    id: 'isolation',
    question: { es: '¿Le impiden hablar con su familia u otras personas, o le quitaron el teléfono?', en: 'Are you kept from talking to your family or other people, or was your phone taken?', fr: 'Vous empêche-t-on de parler à votre famille ou à d’autres personnes, ou vous a-t-on pris votre téléphone ?', ht: 'Èske yo anpeche w pale ak fanmi w oswa lòt moun, oswa yo pran telefòn ou?', pt: 'Impedem você de falar com sua família ou outras pessoas, ou tiraram seu telefone?' },
    sign: { es: 'Aislamiento', en: 'Isolation' },
    why: { es: 'El aislamiento impide pedir ayuda y es un indicador de trabajo forzoso.', en: 'Isolation stops a person from asking for help and is an indicator of forced labour.' },
    basis: ['ILO: isolation', 'Polaris: isolation or monitoring'],
    provenance: p('ilo11', 'polaris'),
  },
  {
    id: 'hours',
    question: { es: '¿Trabaja muchas más horas de las acordadas, sin poder negarse?', en: 'Do you work far more hours than agreed, without being able to refuse?', fr: 'Travaillez-vous beaucoup plus d’heures que prévu, sans pouvoir refuser ?', ht: 'Èske w travay plis lè pase sa w te dakò, san w pa ka refize?', pt: 'Você trabalha muito mais horas do que o combinado, sem poder recusar?' },
    sign: { es: 'Horas extra excesivas y obligadas', en: 'Excessive, forced overtime' },
    why: { es: 'La ley mexicana fija una jornada de 8 horas y el pago de horas extra.', en: 'Mexican law sets an 8-hour day and overtime pay.' },
    basis: ['ILO: excessive overtime'],
    provenance: p('ilo11', 'iomTvtfLaunch'),
  },
  {
    id: 'conditions-unsafe',
    question: { es: '¿El trabajo es peligroso, o la vivienda que le da el empleador es indigna?', en: 'Is the work unsafe, or is the housing your employer provides inhumane?', fr: 'Le travail est-il dangereux, ou le logement fourni par l’employeur est-il indigne ?', ht: 'Èske travay la danjere, oswa kote patwon an ba w rete a pa diy?', pt: 'O trabalho é perigoso, ou a moradia dada pelo empregador é desumana?' },
    sign: { es: 'Trabajo peligroso o vivienda indigna', en: 'Unsafe work or inhumane housing' },
    why: { es: 'Condiciones abusivas de trabajo y de vivienda son señales de explotación laboral.', en: 'Abusive working and living conditions are signs of labour exploitation.' },
    basis: ['ILO: abusive working and living conditions', 'Polaris: unsafe work; inhumane housing provided by the employer'],
    provenance: p('ilo11', 'polaris'),
  },
];
