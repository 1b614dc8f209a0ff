/** Self-check questions on deception: what was promised and what was found. */
import { FACT_SHEET_REVIEWED, type Provenance } from './provenance.js';
import { src } from './sources.js';
import type { Indicator } from './indicators.js';

const p = (...ids: Parameters<typeof src>): Provenance => ({ sources: src(...ids), reviewed: FACT_SHEET_REVIEWED, sensitivity: 'red' });

export const DECEPTION_INDICATORS: Indicator[] = [
  {
    id: 'duties',
    question: { es: '¿Le piden hacer tareas que no se acordaron cuando aceptó el trabajo?', en: 'Are you asked to do tasks that were not agreed when you took the job?', fr: 'Vous demande-t-on des tâches qui n’étaient pas prévues quand vous avez accepté le travail ?', ht: 'Èske yo mande w fè travay ou pa t dakò fè lè w te aksepte djòb la?', pt: 'Pedem que você faça tarefas que não foram combinadas quando aceitou o trabalho?' },
    sign: { es: 'Tareas que no se acordaron', en: 'Duties that were not agreed', fr: 'Des tâches non convenues', ht: 'Travay ou pa t dakò fè', pt: 'Tarefas que não foram combinadas' },
    why: { es: 'Nadie le puede obligar a hacer tareas que no se acordaron. El engaño sobre el trabajo es una señal de trata.', en: 'Nobody can force you to do tasks that were not agreed. Deception about the work is a sign of trafficking.', fr: 'Personne ne peut vous forcer à faire des tâches non convenues. La tromperie sur le travail est un signe de traite.', ht: 'Pèsonn pa ka fòse w fè travay ou pa t dakò fè. Twonpe moun sou travay la se yon siy trafik moun.', pt: 'Ninguém pode obrigar você a fazer tarefas não combinadas. O engano sobre o trabalho é um sinal de tráfico de pessoas.' },
    basis: ['ILO: deception', 'ILO/EC: deceptive recruitment'],
    provenance: p('ilo11', 'iloOperational', 'colmenaThinkTwice'),
  },
  {
    id: 'conditions',
    question: { es: '¿Cambiaron las condiciones del trabajo (salario, horario, lugar o tipo de trabajo) después de que llegó?', en: 'Did the conditions of the job (wage, hours, place or kind of work) change after you arrived?', fr: 'Les conditions du travail (salaire, horaires, lieu ou type de travail) ont-elles changé après votre arrivée ?', ht: 'Èske kondisyon travay la (salè, lè, kote oswa kalite travay) chanje apre w te rive?', pt: 'As condições do trabalho (salário, horário, lugar ou tipo de trabalho) mudaram depois que você chegou?' },
    sign: { es: 'Las condiciones cambiaron después de llegar', en: 'Conditions changed after arrival', fr: 'Les conditions ont changé après l’arrivée', ht: 'Kondisyon yo chanje apre w rive', pt: 'As condições mudaram depois da chegada' },
    why: { es: 'Una oferta que resulta ser otra cosa es la forma más común de enganche: en México, el 28.7 % de las víctimas de trata fueron contactadas con ofertas de empleo falsas.', en: 'An offer that turns out to be something else is the most common hook: in Mexico, 28.7% of trafficking victims were first contacted through false job offers.', fr: 'Une offre qui se révèle être autre chose est l’appât le plus courant : au Mexique, 28,7 % des victimes de traite ont d’abord été contactées par de fausses offres d’emploi.', ht: 'Yon òf ki tounen yon lòt bagay se pyèj ki pi komen: nan Meksik, 28,7 % viktim trafik moun te resevwa yon fo òf travay anvan.', pt: 'Uma oferta que acaba sendo outra coisa é a isca mais comum: no México, 28,7% das vítimas de tráfico foram contatadas primeiro por ofertas de emprego falsas.' },
    basis: ['ILO: deception', 'ILO/EC: deceptive recruitment'],
    provenance: p('ilo11', 'iloOperational', 'falseOffers'),
  },
  {
    id: 'documents',
    question: { es: '¿Alguien guarda sus documentos de identidad y no se los devuelve cuando los pide?', en: 'Does someone keep your identity documents and not give them back when you ask?', fr: 'Quelqu’un garde-t-il vos papiers d’identité sans vous les rendre quand vous les demandez ?', ht: 'Èske gen yon moun ki kenbe papye idantite w epi ki pa remèt ou yo lè w mande?', pt: 'Alguém guarda seus documentos de identidade e não os devolve quando você pede?' },
    sign: { es: 'Le retienen sus documentos', en: 'Your documents are withheld', fr: 'On garde vos papiers', ht: 'Yo kenbe papye w', pt: 'Seus documentos são retidos' },
    why: { es: 'Retener documentos es una forma de impedir que una persona se vaya. Sus documentos son suyos.', en: 'Keeping documents is a way to stop a person from leaving. Your documents are yours.', fr: 'Garder les papiers d’une personne est une façon de l’empêcher de partir. Vos papiers sont à vous.', ht: 'Kenbe papye yon moun se yon fason pou anpeche l ale. Papye w se pou ou.', pt: 'Reter documentos é uma forma de impedir que a pessoa vá embora. Seus documentos são seus.' },
    basis: ['ILO: retention of identity documents', 'Polaris: no control of ID'],
    provenance: p('ilo11', 'polaris', 'colmenaThinkTwice'),
  },
  {
    id: 'wages',
    question: { es: '¿No le pagan el salario que le prometieron, o se lo retienen?', en: 'Are you not paid the wage you were promised, or is it held back?', fr: 'Ne vous paie-t-on pas le salaire promis, ou le retient-on ?', ht: 'Èske yo pa peye w salè yo te pwomèt ou a, oswa yo kenbe l?', pt: 'Não pagam o salário prometido, ou o retêm?' },
    sign: { es: 'Salario prometido no pagado o retenido', en: 'Promised wage not paid or withheld', fr: 'Salaire promis non payé ou retenu', ht: 'Salè yo te pwomèt la pa peye oswa yo kenbe l', pt: 'Salário prometido não pago ou retido' },
    why: { es: 'Retener el salario obliga a seguir trabajando para no perderlo.', en: 'Withholding wages forces a person to keep working so as not to lose them.', fr: 'Retenir le salaire oblige à continuer de travailler pour ne pas le perdre.', ht: 'Kenbe salè a fòse moun nan kontinye travay pou l pa pèdi l.', pt: 'Reter o salário obriga a pessoa a continuar trabalhando para não perdê-lo.' },
    basis: ['ILO: withholding of wages'],
    provenance: p('ilo11'),
  },
  {
    id: 'papers',
    question: { es: '¿Le prometieron ayudarle a regularizar su situación migratoria y no lo hicieron?', en: 'Were you promised help to regularize your migration status, and it never came?', fr: 'Vous a-t-on promis de l’aide pour régulariser votre situation migratoire, sans jamais la donner ?', ht: 'Èske yo te pwomèt ou èd pou regilarize sitiyasyon migrasyon w, epi yo pa janm fè l?', pt: 'Prometeram ajudar a regularizar sua situação migratória e não cumpriram?' },
    sign: { es: 'Papeles prometidos que nunca llegaron', en: 'Promised papers that never came', fr: 'Des papiers promis qui ne sont jamais venus', ht: 'Papye yo te pwomèt ki pa janm vini', pt: 'Documentos prometidos que nunca chegaram' },
    why: { es: 'Una promesa falsa sobre los papeles es un engaño que deja a la persona sin documentos y más expuesta.', en: 'A false promise about papers is a deception that leaves the person undocumented and more exposed.', fr: 'Une fausse promesse de papiers est une tromperie qui laisse la personne sans papiers et plus exposée.', ht: 'Yon fo pwomès sou papye se yon twonpri ki kite moun nan san papye epi pi ekspoze.', pt: 'Uma promessa falsa sobre documentos é um engano que deixa a pessoa sem documentos e mais exposta.' },
    basis: ['ILO: deception', 'ILO: abuse of vulnerability'],
    provenance: p('ilo11', 'colmenaThinkTwice'),
  },
  {
    id: 'debt',
    question: { es: '¿Le debe dinero a su empleador o a quien le consiguió el trabajo, y esa deuda le impide irse?', en: 'Do you owe money to your employer or to whoever found you the job, and does that debt stop you from leaving?', fr: 'Devez-vous de l’argent à votre employeur ou à celui qui vous a trouvé le travail, et cette dette vous empêche-t-elle de partir ?', ht: 'Èske w dwe patwon w oswa moun ki te jwenn djòb la pou ou lajan, epi dèt sa a anpeche w ale?', pt: 'Você deve dinheiro ao empregador ou a quem conseguiu o trabalho, e essa dívida impede que você vá embora?' },
    sign: { es: 'Una deuda que le ata al trabajo', en: 'A debt that ties you to the job', fr: 'Une dette qui vous lie au travail', ht: 'Yon dèt ki mare w nan travay la', pt: 'Uma dívida que prende você ao trabalho' },
    why: { es: 'La servidumbre por deudas es uno de los indicadores de trabajo forzoso.', en: 'Debt bondage is one of the indicators of forced labour.', fr: 'La servitude pour dettes est l’un des indicateurs du travail forcé.', ht: 'Esklavaj pou dèt se youn nan endikatè travay fòse.', pt: 'A servidão por dívidas é um dos indicadores de trabalho forçado.' },
    basis: ['ILO: debt bondage', 'Polaris: debts to an employer or recruiter'],
    provenance: p('ilo11', 'polaris'),
  },
];
