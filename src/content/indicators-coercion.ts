/** Self-check questions on coercion: threats, violence, control and abusive conditions. */
import { FACT_SHEET_REVIEWED, type Provenance } from './provenance.js';
import { src } from './sources.js';
import type { Indicator } from './indicators.js';

const p = (...ids: Parameters<typeof src>): Provenance => ({ sources: src(...ids), reviewed: FACT_SHEET_REVIEWED, sensitivity: 'red' });

export const COERCION_INDICATORS: Indicator[] = [
  {
    id: 'threats',
    question: { es: '¿Le han amenazado, por ejemplo con denunciarle a migración o con hacer daño a su familia?', en: 'Have you been threatened, for example with being reported to immigration or with harm to your family?', fr: 'Vous a-t-on menacé, par exemple de vous dénoncer à l’immigration ou de faire du mal à votre famille ?', ht: 'Èske yo te menase w, pa egzanp pou yo denonse w bay imigrasyon oswa fè fanmi w mal?', pt: 'Você foi ameaçado, por exemplo de ser denunciado à imigração ou de que fariam mal à sua família?' },
    sign: { es: 'Amenazas', en: 'Threats', fr: 'Menaces', ht: 'Menas', pt: 'Ameaças' },
    why: { es: 'Amenazar con la deportación es una forma de control. Usted tiene derechos aunque no tenga papeles.', en: 'Threatening deportation is a form of control. You have rights even without papers.', fr: 'Menacer d’expulsion est une forme de contrôle. Vous avez des droits même sans papiers.', ht: 'Menase moun ak depòtasyon se yon fason pou kontwole l. Ou gen dwa menm si w pa gen papye.', pt: 'Ameaçar com deportação é uma forma de controle. Você tem direitos mesmo sem documentos.' },
    basis: ['ILO: intimidation and threats', 'Polaris: threats of deportation'],
    urgent: true,
    provenance: p('ilo11', 'polaris'),
  },
  {
    id: 'violence',
    question: { es: '¿Alguien le ha golpeado o le ha hecho daño físico o sexual?', en: 'Has someone hit you or harmed you physically or sexually?', fr: 'Quelqu’un vous a-t-il frappé ou fait du mal physiquement ou sexuellement ?', ht: 'Èske yon moun te frape w oswa fè w mal fizikman oswa seksyèlman?', pt: 'Alguém bateu em você ou lhe causou dano físico ou sexual?' },
    sign: { es: 'Violencia física o sexual', en: 'Physical or sexual violence', fr: 'Violence physique ou sexuelle', ht: 'Vyolans fizik oswa seksyèl', pt: 'Violência física ou sexual' },
    why: { es: 'La violencia es un delito y una señal grave de trabajo forzoso. Si está en peligro, llame al 911.', en: 'Violence is a crime and a serious sign of forced labour. If you are in danger, call 911.', fr: 'La violence est un délit et un signe grave de travail forcé. Si vous êtes en danger, appelez le 911.', ht: 'Vyolans se yon krim ak yon siy grav travay fòse. Si w an danje, rele 911.', pt: 'A violência é um crime e um sinal grave de trabalho forçado. Se estiver em perigo, ligue para o 911.' },
    basis: ['ILO: physical and sexual violence'],
    urgent: true,
    provenance: p('ilo11'),
  },
  {
    id: 'movement',
    question: { es: '¿Le impiden salir del lugar donde trabaja o vive, o le vigilan todo el tiempo?', en: 'Are you stopped from leaving where you work or live, or watched all the time?', fr: 'Vous empêche-t-on de quitter votre lieu de travail ou de logement, ou vous surveille-t-on en permanence ?', ht: 'Èske yo anpeche w soti kote w travay oswa kote w rete, oswa yo siveye w tout tan?', pt: 'Impedem você de sair do lugar onde trabalha ou mora, ou vigiam você o tempo todo?' },
    sign: { es: 'Le impiden moverse o le vigilan', en: 'Your movement is restricted or watched', fr: 'On limite vos déplacements ou on vous surveille', ht: 'Yo anpeche w deplase oswa yo siveye w', pt: 'Impedem você de se mover ou vigiam você' },
    why: { es: 'Restringir el movimiento y la presión para quedarse son señales de trata laboral.', en: 'Restricted movement and pressure to stay are signs of labour trafficking.', fr: 'Limiter les déplacements et faire pression pour rester sont des signes de traite par le travail.', ht: 'Anpeche moun deplase ak fè presyon pou l rete se siy trafik moun pou travay.', pt: 'Restringir o movimento e pressionar para ficar são sinais de tráfico de pessoas para trabalho.' },
    basis: ['ILO: restriction of movement', 'Polaris: isolation or monitoring; pressure to stay'],
    urgent: true,
    provenance: p('ilo11', 'polaris'),
  },
  {
    id: 'isolation',
    question: { es: '¿Le impiden hablar con su familia u otras personas, o le quitaron el teléfono?', en: 'Are you kept from talking to your family or other people, or was your phone taken?', fr: 'Vous empêche-t-on de parler à votre famille ou à d’autres personnes, ou vous a-t-on pris votre téléphone ?', ht: 'Èske yo anpeche w pale ak fanmi w oswa lòt moun, oswa yo pran telefòn ou?', pt: 'Impedem você de falar com sua família ou outras pessoas, ou tiraram seu telefone?' },
    sign: { es: 'Aislamiento', en: 'Isolation', fr: 'Isolement', ht: 'Izolman', pt: 'Isolamento' },
    why: { es: 'El aislamiento impide pedir ayuda y es un indicador de trabajo forzoso.', en: 'Isolation stops a person from asking for help and is an indicator of forced labour.', fr: 'L’isolement empêche de demander de l’aide et c’est un indicateur du travail forcé.', ht: 'Izolman anpeche moun mande èd epi li se yon endikatè travay fòse.', pt: 'O isolamento impede de pedir ajuda e é um indicador de trabalho forçado.' },
    basis: ['ILO: isolation', 'Polaris: isolation or monitoring'],
    provenance: p('ilo11', 'polaris'),
  },
  {
    id: 'hours',
    question: { es: '¿Trabaja muchas más horas de las acordadas, sin poder negarse?', en: 'Do you work far more hours than agreed, without being able to refuse?', fr: 'Travaillez-vous beaucoup plus d’heures que prévu, sans pouvoir refuser ?', ht: 'Èske w travay plis lè pase sa w te dakò, san w pa ka refize?', pt: 'Você trabalha muito mais horas do que o combinado, sem poder recusar?' },
    sign: { es: 'Horas extra excesivas y obligadas', en: 'Excessive, forced overtime', fr: 'Heures supplémentaires excessives et imposées', ht: 'Twòp lè siplemantè ou oblije fè', pt: 'Horas extras excessivas e obrigatórias' },
    why: { es: 'La ley mexicana fija una jornada de 8 horas y el pago de horas extra.', en: 'Mexican law sets an 8-hour day and overtime pay.', fr: 'La loi mexicaine fixe une journée de 8 heures et le paiement des heures supplémentaires.', ht: 'Lwa meksiken an fikse yon jounen 8 èdtan ak peman lè siplemantè.', pt: 'A lei mexicana fixa uma jornada de 8 horas e o pagamento de horas extras.' },
    basis: ['ILO: excessive overtime'],
    provenance: p('ilo11', 'iomTvtfLaunch'),
  },
  {
    id: 'conditions-unsafe',
    question: { es: '¿El trabajo es peligroso, o la vivienda que le da el empleador es indigna?', en: 'Is the work unsafe, or is the housing your employer provides inhumane?', fr: 'Le travail est-il dangereux, ou le logement fourni par l’employeur est-il indigne ?', ht: 'Èske travay la danjere, oswa kote patwon an ba w rete a pa diy?', pt: 'O trabalho é perigoso, ou a moradia dada pelo empregador é desumana?' },
    sign: { es: 'Trabajo peligroso o vivienda indigna', en: 'Unsafe work or inhumane housing', fr: 'Travail dangereux ou logement indigne', ht: 'Travay danjere oswa kote pou rete ki pa diy', pt: 'Trabalho perigoso ou moradia desumana' },
    why: { es: 'Condiciones abusivas de trabajo y de vivienda son señales de explotación laboral.', en: 'Abusive working and living conditions are signs of labour exploitation.', fr: 'Des conditions de travail et de logement abusives sont des signes d’exploitation par le travail.', ht: 'Kondisyon travay ak lojman abizif se siy eksplwatasyon nan travay.', pt: 'Condições abusivas de trabalho e de moradia são sinais de exploração laboral.' },
    basis: ['ILO: abusive working and living conditions', 'Polaris: unsafe work; inhumane housing provided by the employer'],
    provenance: p('ilo11', 'polaris'),
  },
];
