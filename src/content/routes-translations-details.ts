import type { RouteId } from './routes-content.js';

type Three = { fr: string; ht: string; pt: string };

/**
 * French, Haitian Creole and Portuguese for each route's requirements, cost, place and warnings, in the same order
 * as the Spanish and English texts; not yet reviewed by fluent readers. A test requires the counts to match.
 */
export const ROUTE_DETAIL_TRANSLATIONS: Record<RouteId, { requirements: Three[]; cost: Three; whereToApply: Three; warnings: Three[] }> = {
  tvtf: {
    requirements: [
      { fr: 'Une offre d’emploi écrite signée par l’employeur, avec le salaire, le poste, la durée, le lieu et l’enregistrement de l’employeur.', ht: 'Yon òf travay ekri patwon an siyen, ak salè, travay la, dire, kote ak enskripsyon patwon an.', pt: 'Uma oferta de trabalho por escrito assinada pelo empregador, com salário, ocupação, duração, local e registro do empregador.' },
      { fr: 'Une pièce d’identité valide.', ht: 'Yon pyès idantite ki valab.', pt: 'Documento de identidade válido.' },
      { fr: 'Trois photos de 2,5 × 3 cm.', ht: 'Twa foto 2,5 × 3 cm.', pt: 'Três fotos de 2,5 × 3 cm.' },
    ],
    cost: { fr: '560 MXN ; gratuit si le salaire est égal au salaire minimum.', ht: '560 MXN; gratis si salè a egal ak salè minimòm.', pt: 'MXN 560; grátis se o salário for igual ao salário mínimo.' },
    whereToApply: { fr: 'En personne et seul, sans intermédiaire payé, aux bureaux de l’INM des 7 points de passage du sud. Étapes : entretien, décision, données biométriques et remise de la carte.', ht: 'An pèsòn epi poukont ou, san peye okenn entèmedyè, nan biwo INM nan 7 pwen pasaj nan sid yo. Etap yo: entèvyou, desizyon, done byometrik epi yo remèt ou kat la.', pt: 'Pessoalmente e sozinho, sem intermediário pago, nos escritórios do INM nos 7 pontos de passagem do sul. Etapas: entrevista, decisão, biometria e entrega do cartão.' },
    warnings: [
      { fr: 'Avec la TVTF vous avez les droits de la loi fédérale du travail : journée de 8 heures, heures supplémentaires payées, service médical, syndicat et protection contre le harcèlement.', ht: 'Ak TVTF ou gen dwa Lwa federal travay la: jounen 8 èdtan, peman lè siplemantè, sèvis medikal, sendika ak pwoteksyon kont arasman.', pt: 'Com o TVTF você tem os direitos da Lei Federal do Trabalho: jornada de 8 horas, pagamento de horas extras, serviço médico, sindicato e proteção contra assédio.' },
    ],
  },
  tvr: {
    requirements: [
      { fr: 'Guatémaltèques : DPI, cédula ou passeport. Autres nationalités : passeport. Résidents étrangers : preuve de résidence.', ht: 'Moun Gwatemala: DPI, cédula oswa paspò. Lòt nasyonalite: paspò. Etranje ki gen rezidans: prèv rezidans.', pt: 'Guatemaltecos: DPI, cédula ou passaporte. Outras nacionalidades: passaporte. Residentes estrangeiros: comprovante de residência.' },
      { fr: 'Mineurs : acte de naissance de moins de 6 mois et, s’ils ne voyagent pas avec leurs deux parents, autorisation notariée (Guatemala) ou certifiée par un juge de paix.', ht: 'Minè: batistè ki gen mwens pase 6 mwa epi, si yo pa vwayaje ak tou de paran yo, otorizasyon notè (Gwatemala) oswa jij de pè sètifye.', pt: 'Menores: certidão de nascimento com menos de 6 meses e, se não viajarem com ambos os pais, autorização em cartório (Guatemala) ou certificada por Juiz de Paz.' },
    ],
    cost: { fr: 'Gratuite. Valable jusqu’à 5 ans.', ht: 'Gratis. Valab jiska 5 an.', pt: 'Grátis. Válido por até 5 anos.' },
    whereToApply: { fr: 'Au bureau de l’INM d’un poste frontière terrestre.', ht: 'Nan biwo INM nan yon pòs fwontyè sou tè.', pt: 'No escritório do INM de uma passagem terrestre.' },
    warnings: [{ fr: 'La carte est gratuite : ne payez pas les intermédiaires qui la vendent.', ht: 'Kat la gratis: pa peye moun k ap vann li.', pt: 'O cartão é gratuito: não pague intermediários que o vendem.' }],
  },
  tvrh: {
    requirements: [{ fr: 'Demandeurs d’asile : avec la constancia de la COMAR, vous pouvez demander la TVRH.', ht: 'Moun k ap mande azil: ak constancia COMAR la ou ka mande TVRH.', pt: 'Solicitantes de refúgio: com a constancia da COMAR é possível pedir o TVRH.' }],
    cost: { fr: 'Gratuite. En pratique souvent valable 1 an, avec permis de travail, et renouvelable seulement tant que la demande est en cours.', ht: 'Gratis. Anjeneral li valab 1 an, li gen pèmi travay, epi ou ka renouvle l sèlman pandan demann ou an kou.', pt: 'Grátis. Na prática costuma valer 1 ano, inclui permissão de trabalho e só se renova enquanto a pessoa for solicitante.' },
    whereToApply: { fr: 'À l’INM.', ht: 'Nan INM.', pt: 'No INM.' },
    warnings: [{ fr: 'En janvier 2024, des organisations ont signalé que l’INM remettait une lettre officielle au lieu de la carte.', ht: 'Nan mwa janvye 2024, òganizasyon yo te denonse INM t ap bay yon lèt ofisyèl olye kat la.', pt: 'Em janeiro de 2024, organizações denunciaram que o INM entregava um ofício em vez do cartão.' }],
  },
  comar: {
    requirements: [
      { fr: 'Se présenter à la COMAR ou à l’INM (qui transmet le dossier).', ht: 'Prezante nan COMAR oswa nan INM (ki voye dosye a bay COMAR).', pt: 'Apresentar-se na COMAR ou no INM (que encaminha o caso).' },
      { fr: 'Signer chaque semaine (art. 24 du règlement).', ht: 'Siyen chak semèn (atik 24 règleman an).', pt: 'Assinar toda semana (art. 24 do Regulamento).' },
      { fr: 'Rester dans l’État où vous avez fait la demande : la constancia ne permet pas de voyager dans le pays.', ht: 'Rete nan eta kote w te fè demann lan: constancia a pa pèmèt ou vwayaje nan peyi a.', pt: 'Ficar no estado onde fez o pedido: a constancia não permite viajar pelo país.' },
    ],
    cost: { fr: 'Gratuit.', ht: 'Gratis.', pt: 'Grátis.' },
    whereToApply: { fr: 'Dans un bureau de la COMAR ou de l’INM.', ht: 'Nan yon biwo COMAR oswa INM.', pt: 'Num escritório da COMAR ou do INM.' },
    warnings: [
      { fr: 'Vous avez droit à la confidentialité, à ne pas être renvoyé, à un avocat et à un interprète. Votre consulat n’est pas prévenu sans votre accord (art. 22 du règlement).', ht: 'Ou gen dwa a konfidansyalite, pou yo pa voye w tounen, a yon avoka ak yon entèprèt. Yo pa avèti konsila w san pèmisyon w (atik 22 règleman an).', pt: 'Você tem direito a confidencialidade, a não ser devolvido, a um advogado e a um intérprete. Seu consulado não é avisado sem seu consentimento (art. 22 do Regulamento).' },
      { fr: 'Un refus peut faire l’objet d’un recours dans les 15 jours ouvrables.', ht: 'Si yo refize w, ou ka fè apèl nan 15 jou travay.', pt: 'Uma recusa pode ser contestada em 15 dias úteis.' },
      { fr: 'Une CURP temporaire est délivrée pour 180 jours au plus, renouvelable une fois.', ht: 'Yo bay yon CURP tanporè pou 180 jou pi plis, ou ka renouvle l yon fwa.', pt: 'Uma CURP temporária é emitida por até 180 dias, renovável uma vez.' },
    ],
  },
  complementary: {
    requirements: [],
    cost: { fr: 'Non vérifié.', ht: 'Pa verifye.', pt: 'Não verificado.' },
    whereToApply: { fr: 'Demandez à un service juridique gratuit comment la demander : l’article qui l’accorde n’est pas vérifié ici.', ht: 'Mande yon sèvis legal gratis kijan pou w mande l: atik ki bay li a pa verifye isit la.', pt: 'Pergunte a um serviço de assessoria jurídica gratuita como pedi-la: o artigo que a concede não está verificado aqui.' },
    warnings: [{ fr: 'Pendant que votre demande est en cours, vous pouvez demander une TVRH (loi sur la migration, art. 52-V).', ht: 'Pandan demann ou an kou, ou ka mande yon TVRH (Lwa sou migrasyon, atik 52-V).', pt: 'Enquanto seu pedido está em andamento, você pode pedir um TVRH (Lei de Migração, art. 52-V).' }],
  },
  art133: {
    requirements: [{ fr: 'Lien familial : formulaire en ligne, puis dépôt à l’INM avec une pièce d’identité, les droits et l’amende de l’art. 145, sauf exemption.', ht: 'Lyen fanmi: fòmilè sou entènèt, apre sa depoze nan INM ak pyès idantite, frè yo ak amann atik 145 la, sof si w egzante.', pt: 'Vínculo familiar: formulário online e depois o trâmite no INM com identificação, a taxa e a multa do art. 145, salvo isenção.' }],
    cost: { fr: 'Des droits et l’amende de l’art. 145 de la loi sur la migration, sauf exemption. Les montants ne sont pas vérifiés ici.', ht: 'Frè ak amann atik 145 Lwa sou migrasyon an, sof si w egzante. Montan yo pa verifye isit la.', pt: 'Taxa e multa do art. 145 da Lei de Migração, salvo isenção. Os valores não estão verificados aqui.' },
    whereToApply: { fr: 'À l’INM, après le formulaire en ligne.', ht: 'Nan INM, apre fòmilè sou entènèt la.', pt: 'No INM, depois do formulário online.' },
    warnings: [],
  },
  rva: {
    requirements: [{ fr: 'Décider librement de rentrer.', ht: 'Deside lib pou w retounen.', pt: 'Decidir livremente voltar.' }],
    cost: { fr: 'Gratuit.', ht: 'Gratis.', pt: 'Grátis.' },
    whereToApply: { fr: 'Auprès de l’OIM à Ciudad Juárez, Tijuana, Monterrey, Tapachula ou Tenosique.', ht: 'Ak OIM nan Ciudad Juárez, Tijuana, Monterrey, Tapachula oswa Tenosique.', pt: 'Com a OIM em Ciudad Juárez, Tijuana, Monterrey, Tapachula ou Tenosique.' },
    warnings: [
      { fr: 'Le « retour assisté » de l’INM est une autre procédure, de l’État ; ce n’est pas la même chose.', ht: '«Retou asiste» INM nan se yon lòt pwosedi, pa Leta; se pa menm bagay.', pt: 'O "retorno assistido" do INM é outro procedimento, do Estado; não é a mesma coisa.' },
      { fr: 'Si vous avez peur de rentrer, parlez d’abord à un service juridique gratuit : vous pourriez avoir droit à une protection.', ht: 'Si w pè retounen, pale ak yon sèvis legal gratis anvan: ou ka gen dwa a pwoteksyon.', pt: 'Se você tem medo de voltar, fale antes com um serviço de assessoria jurídica gratuita: você pode ter direito a proteção.' },
    ],
  },
};
