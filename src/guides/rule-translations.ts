/**
 * French, Haitian Creole and Portuguese for why each rule may fit, not yet reviewed by fluent readers.
 * Keyed by rule id; a test requires one entry per rule.
 */
export const RULE_TRANSLATIONS: Record<string, { fr: string; ht: string; pt: string }> = {
  'tvtf-border-work': {
    fr: 'Vous êtes du Guatemala ou du Belize et voulez travailler : la TVTF permet de travailler au Campeche, au Chiapas, au Quintana Roo et au Tabasco avec une offre d’emploi écrite.',
    ht: 'Ou soti Gwatemala oswa Beliz epi ou vle travay: TVTF pèmèt ou travay nan Campeche, Chiapas, Quintana Roo ak Tabasco ak yon òf travay ekri.',
    pt: 'Você é da Guatemala ou de Belize e quer trabalhar: o TVTF permite trabalhar em Campeche, Chiapas, Quintana Roo e Tabasco com uma oferta de trabalho por escrito.',
  },
  'tvr-regional-visit': {
    fr: 'Vous êtes du Guatemala, du Belize, du Salvador ou du Honduras et voulez visiter le sud du Mexique : la TVR est gratuite et permet des visites jusqu’à 7 jours, sans travail rémunéré.',
    ht: 'Ou soti Gwatemala, Beliz, Salvadò oswa Ondiras epi ou vle vizite sid Meksik: TVR gratis epi li pèmèt vizit jiska 7 jou, san travay ak salè.',
    pt: 'Você é da Guatemala, Belize, El Salvador ou Honduras e quer visitar o sul do México: o TVR é gratuito e permite visitas de até 7 dias, sem trabalho remunerado.',
  },
  'comar-fear-of-return': {
    fr: 'Vous avez dit avoir peur de rentrer ou chercher une protection : vous pouvez demander le statut de réfugié à la COMAR.',
    ht: 'Ou di w pè retounen oswa w ap chèche pwoteksyon: ou ka mande estati refijye nan COMAR.',
    pt: 'Você disse que tem medo de voltar ou busca proteção: pode pedir a condição de refugiado na COMAR.',
  },
  'complementary-fear-of-harm': {
    fr: 'Si vous n’êtes pas reconnu comme réfugié mais que votre vie est menacée ou que vous risquez la torture ou des traitements cruels, le Mexique ne doit pas vous renvoyer.',
    ht: 'Si yo pa rekonèt ou kòm refijye men lavi w an danje oswa ou riske tòti oswa move tretman, Meksik pa dwe voye w tounen.',
    pt: 'Se você não for reconhecido como refugiado, mas sua vida corre perigo ou você corre risco de tortura ou tratamento cruel, o México não deve devolvê-lo.',
  },
  'tvrh-asylum-applicant': {
    fr: 'Pendant que la COMAR examine votre demande, vous pouvez demander une TVRH, qui comprend un permis de travail.',
    ht: 'Pandan COMAR ap etidye demann ou, ou ka mande yon TVRH, ki gen ladan l yon pèmi travay.',
    pt: 'Enquanto a COMAR decide seu pedido, você pode pedir um TVRH, que inclui permissão de trabalho.',
  },
  'tvrh-crime-victim-witness': {
    fr: 'Vous avez été victime ou témoin d’un délit au Mexique : vous pouvez demander une TVRH jusqu’à la fin de l’affaire, et vous pouvez travailler.',
    ht: 'Ou te viktim oswa temwen yon krim nan Meksik: ou ka mande yon TVRH jiskaske ka a fini, epi ou ka travay.',
    pt: 'Você foi vítima ou testemunha de um crime no México: pode pedir um TVRH até o fim do caso, e pode trabalhar.',
  },
  'tvrh-unaccompanied-child': {
    fr: 'Vous avez moins de 18 ans et voyagez sans parent ni tuteur : la loi prévoit la TVRH pour les enfants non accompagnés.',
    ht: 'Ou gen mwens pase 18 an epi w ap vwayaje san papa, manman oswa gadyen: lalwa bay TVRH pou timoun ki poukont yo.',
    pt: 'Você tem menos de 18 anos e viaja sem pai, mãe ou tutor: a lei prevê o TVRH para crianças e adolescentes desacompanhados.',
  },
  'art133-family-ties': {
    fr: 'Vous avez un lien familial (conjoint, partenaire, parent, enfant ou tutelle) avec un Mexicain ou un étranger résident : la loi vous donne le droit de régulariser votre situation.',
    ht: 'Ou gen yon lyen fanmi (mari, madanm, patnè, papa, manman, pitit oswa gadyen) ak yon Meksiken oswa yon etranje ki gen rezidans: lalwa ba w dwa regilarize.',
    pt: 'Você tem um vínculo familiar (cônjuge, companheiro(a), pai, mãe, filho(a) ou tutela) com uma pessoa mexicana ou estrangeira residente: a lei lhe dá o direito de se regularizar.',
  },
  'art133-crime-victim-witness': {
    fr: 'Les victimes ou témoins d’un délit grave ont le droit de régulariser leur situation.',
    ht: 'Viktim oswa temwen yon krim grav gen dwa regilarize.',
    pt: 'Vítimas ou testemunhas de um crime grave têm direito a se regularizar.',
  },
  'rva-wants-to-return': {
    fr: 'Vous voulez rentrer dans votre pays : le programme de l’OIM est gratuit et volontaire.',
    ht: 'Ou vle retounen nan peyi w: pwogram OIM nan gratis epi volontè.',
    pt: 'Você quer voltar ao seu país: o programa da OIM é gratuito e voluntário.',
  },
};
