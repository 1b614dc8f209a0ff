import type { RouteId } from './routes-content.js';

type Three = { fr: string; ht: string; pt: string };

/**
 * French, Haitian Creole and Portuguese names and summaries of the routes, not yet reviewed by fluent readers.
 * Kept apart from the Spanish and English texts so that those stay readable; merged in by routes-content.
 */
export const ROUTE_TRANSLATIONS: Record<RouteId, { name: Three; summary: Three }> = {
  tvtf: {
    name: { fr: 'Carte de visiteur travailleur frontalier (TVTF)', ht: 'Kat vizitè travayè fwontyè (TVTF)', pt: 'Cartão de Visitante Trabalhador Fronteiriço (TVTF)' },
    summary: {
      fr: 'Pour les ressortissants du Guatemala et du Belize ayant une offre d’emploi au Campeche, au Chiapas, au Quintana Roo ou au Tabasco. Les titulaires peuvent travailler. La durée exacte du séjour n’est pas vérifiée.',
      ht: 'Pou moun Gwatemala ak Beliz ki gen yon òf travay nan Campeche, Chiapas, Quintana Roo oswa Tabasco. Moun ki gen kat la ka travay. Dire egzak sejou a pa verifye.',
      pt: 'Para pessoas da Guatemala e de Belize com oferta de trabalho em Campeche, Chiapas, Quintana Roo ou Tabasco. Quem tem o cartão pode trabalhar. A duração exata da estadia não está verificada.',
    },
  },
  tvr: {
    name: { fr: 'Carte de visiteur régional (TVR)', ht: 'Kat vizitè rejyonal (TVR)', pt: 'Cartão de Visitante Regional (TVR)' },
    summary: {
      fr: 'Pour visiter le Campeche, le Chiapas, le Tabasco, le Quintana Roo et le Yucatán avec des entrées multiples, jusqu’à 7 jours par entrée, sans travail rémunéré. Pour les ressortissants du Guatemala, du Belize, du Salvador et du Honduras (et leurs résidents permanents).',
      ht: 'Pou vizite Campeche, Chiapas, Tabasco, Quintana Roo ak Yucatán plizyè fwa, jiska 7 jou chak fwa, san travay ak salè. Pou moun Gwatemala, Beliz, Salvadò ak Ondiras (ak rezidan pèmanan peyi sa yo).',
      pt: 'Para visitar Campeche, Chiapas, Tabasco, Quintana Roo e Yucatán com entradas múltiplas, até 7 dias por entrada, sem trabalho remunerado. Para pessoas da Guatemala, Belize, El Salvador e Honduras (e residentes permanentes desses países).',
    },
  },
  tvrh: {
    name: { fr: 'Carte de visiteur pour raisons humanitaires (TVRH)', ht: 'Kat vizitè pou rezon imanitè (TVRH)', pt: 'Cartão de Visitante por Razões Humanitárias (TVRH)' },
    summary: {
      fr: 'Pour les victimes ou témoins d’un délit au Mexique (jusqu’à la fin de l’affaire), les enfants non accompagnés et les demandeurs du statut de réfugié ou de protection complémentaire (jusqu’à la décision), et d’autres cas humanitaires.',
      ht: 'Pou viktim oswa temwen yon krim nan Meksik (jiskaske ka a fini), timoun ki poukont yo ak moun k ap mande azil oswa pwoteksyon konplemantè (jiskaske yo pran desizyon), ak lòt ka imanitè.',
      pt: 'Para vítimas ou testemunhas de um crime no México (até o fim do caso), crianças e adolescentes desacompanhados e solicitantes de refúgio ou proteção complementar (até a decisão), e outros casos humanitários.',
    },
  },
  comar: {
    name: { fr: 'Statut de réfugié (COMAR)', ht: 'Estati refijye (COMAR)', pt: 'Condição de refugiado (COMAR)' },
    summary: {
      fr: 'Si vous avez peur de rentrer, vous pouvez demander le statut de réfugié dans les 30 jours ouvrables qui suivent le jour ouvrable après votre entrée (ou dès que cela a été possible). La demande peut être orale et elle est gratuite. La COMAR doit décider en 45 jours ouvrables.',
      ht: 'Si w pè retounen, ou ka mande estati refijye nan 30 jou travay apre jou travay ki vini apre ou antre a (oswa depi sa te posib). Ou ka fè demann lan ak bouch, epi li gratis. COMAR dwe deside nan 45 jou travay.',
      pt: 'Se você tem medo de voltar, pode pedir refúgio em até 30 dias úteis contados do dia útil seguinte à entrada (ou de quando foi possível). O pedido pode ser oral e é gratuito. A COMAR deve decidir em 45 dias úteis.',
    },
  },
  complementary: {
    name: { fr: 'Protection complémentaire', ht: 'Pwoteksyon konplemantè', pt: 'Proteção complementar' },
    summary: {
      fr: 'Si vous n’êtes pas reconnu comme réfugié mais que votre vie est menacée dans votre pays ou que vous risquez la torture ou des traitements cruels, le Mexique ne doit pas vous renvoyer. Elle donne la résidence permanente.',
      ht: 'Si yo pa rekonèt ou kòm refijye men lavi w an danje nan peyi w oswa ou riske tòti oswa move tretman, Meksik pa dwe voye w tounen. Li bay rezidans pèmanan.',
      pt: 'Se você não for reconhecido como refugiado, mas sua vida corre perigo no seu país ou você corre risco de tortura ou tratamento cruel, o México não deve devolvê-lo. Ela dá residência permanente.',
    },
  },
  art133: {
    name: { fr: 'Régularisation (loi sur la migration, art. 133)', ht: 'Regilarizasyon (Lwa sou migrasyon, atik 133)', pt: 'Regularização (Lei de Migração, art. 133)' },
    summary: {
      fr: 'Ont droit à la régularisation : le conjoint, partenaire, parent, enfant ou tuteur d’un Mexicain ou d’un étranger résident ; les victimes ou témoins d’un délit grave ; les personnes trop vulnérables pour être expulsées ; les enfants dans une affaire d’enlèvement international. Le règlement ajoute d’autres cas.',
      ht: 'Moun ki gen dwa regilarize: mari, madanm, patnè, papa, manman, pitit oswa gadyen yon Meksiken oswa yon etranje ki gen rezidans; viktim oswa temwen yon krim grav; moun ki twò vilnerab pou yo depòte; timoun nan yon ka kidnapin entènasyonal. Règleman an ajoute lòt ka.',
      pt: 'Têm direito a se regularizar: cônjuge, companheiro(a), pai, mãe, filho(a) ou tutor de uma pessoa mexicana ou estrangeira residente; vítimas ou testemunhas de um crime grave; pessoas vulneráveis demais para serem deportadas; crianças num caso de sequestro internacional. O regulamento acrescenta outros casos.',
    },
  },
  rva: {
    name: { fr: 'Retour volontaire assisté de l’OIM (RVA)', ht: 'Retou volontè asiste OIM (RVA)', pt: 'Retorno Voluntário Assistido da OIM (RVA)' },
    summary: {
      fr: 'Si vous décidez de rentrer, le programme de l’OIM est gratuit et volontaire : un choix libre et informé. Il fonctionne depuis fin 2018 à Ciudad Juárez, Tijuana, Monterrey, Tapachula et Tenosique.',
      ht: 'Si w deside retounen, pwogram OIM nan gratis epi volontè: se ou ki chwazi lib e byen enfòme. Li fonksyone depi fen 2018 nan Ciudad Juárez, Tijuana, Monterrey, Tapachula ak Tenosique.',
      pt: 'Se você decidir voltar, o programa da OIM é gratuito e voluntário: uma escolha livre e informada. Funciona desde o fim de 2018 em Ciudad Juárez, Tijuana, Monterrey, Tapachula e Tenosique.',
    },
  },
};
