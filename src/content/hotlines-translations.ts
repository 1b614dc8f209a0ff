type Three = { fr: string; ht: string; pt: string };

/** French, Haitian Creole and Portuguese for the help lines, not yet reviewed by fluent readers. */
export const HOTLINE_TRANSLATIONS: Record<string, { name: Three; purpose: Three; hours?: Three }> = {
  'trata-mx': {
    name: { fr: 'Ligne et chat nationaux contre la traite', ht: 'Liy ak chat nasyonal kont trafik moun', pt: 'Linha e chat nacional contra o tráfico de pessoas' },
    purpose: { fr: 'Signaler la traite des personnes ou demander conseil.', ht: 'Denonse trafik moun oswa mande konsèy.', pt: 'Denunciar o tráfico de pessoas ou pedir orientação.' },
    hours: { fr: '24 h sur 24, 7 jours sur 7 ; anonyme', ht: '24 sou 24, 7 jou sou 7; anonim', pt: '24 horas, 7 dias; anônima' },
  },
  'emergencias-mx': {
    name: { fr: 'Urgences', ht: 'Ijans', pt: 'Emergências' },
    purpose: { fr: 'Urgences au Mexique.', ht: 'Ijans nan Meksik.', pt: 'Emergências no México.' },
  },
  'denuncia-mx': {
    name: { fr: 'Signalement anonyme', ht: 'Denonsyasyon anonim', pt: 'Denúncia anônima' },
    purpose: { fr: 'Signalements anonymes ; accepte les signalements de traite.', ht: 'Denonsyasyon anonim; li aksepte denonsyasyon trafik moun.', pt: 'Denúncias anônimas; aceita denúncias de tráfico de pessoas.' },
  },
  'inm-mx': {
    name: { fr: 'Centre d’appels de l’INM', ht: 'Sant apèl INM', pt: 'Central de atendimento do INM' },
    purpose: { fr: 'Information sur les démarches migratoires, y compris la TVTF.', ht: 'Enfòmasyon sou demach migrasyon, tankou TVTF.', pt: 'Informação sobre trâmites migratórios, incluindo o TVTF.' },
  },
  'cndh-mx': {
    name: { fr: 'Commission nationale des droits humains (CNDH)', ht: 'Komisyon nasyonal dwa moun (CNDH)', pt: 'Comissão Nacional dos Direitos Humanos (CNDH)' },
    purpose: { fr: 'Plaintes pour violations des droits humains.', ht: 'Plent pou vyolasyon dwa moun.', pt: 'Queixas por violações de direitos humanos.' },
  },
  'mintrab-gt': {
    name: { fr: 'Ministère du Travail du Guatemala (MINTRAB)', ht: 'Ministè Travay Gwatemala (MINTRAB)', pt: 'Ministério do Trabalho da Guatemala (MINTRAB)' },
    purpose: { fr: 'Droits du travail des travailleurs guatémaltèques, y compris au Mexique.', ht: 'Dwa travay travayè gwatemaltek yo, menm nan Meksik.', pt: 'Direitos trabalhistas de trabalhadores guatemaltecos, também no México.' },
  },
  'pdh-gt': {
    name: { fr: 'Procureur des droits humains du Guatemala (PDH)', ht: 'Pwokirè dwa moun Gwatemala (PDH)', pt: 'Procuradoria dos Direitos Humanos da Guatemala (PDH)' },
    purpose: { fr: 'Défense des droits humains au Guatemala.', ht: 'Defans dwa moun nan Gwatemala.', pt: 'Defesa dos direitos humanos na Guatemala.' },
  },
  'trata-hn': {
    name: { fr: 'Ligne contre la traite 145 (CICESCT)', ht: 'Liy kont trafik moun 145 (CICESCT)', pt: 'Linha contra o tráfico de pessoas 145 (CICESCT)' },
    purpose: { fr: 'Signaler la traite des personnes au Honduras.', ht: 'Denonse trafik moun nan Ondiras.', pt: 'Denunciar o tráfico de pessoas em Honduras.' },
  },
  'siamigh-hn': {
    name: { fr: 'SIAMIGH@, centre d’appels consulaire du Honduras', ht: 'SIAMIGH@, sant apèl konsila Ondiras', pt: 'SIAMIGH@, central de atendimento consular de Honduras' },
    purpose: { fr: 'Rendez-vous consulaires, par exemple pour un passeport.', ht: 'Randevou nan konsila, pa egzanp pou paspò.', pt: 'Agendamentos consulares, por exemplo para passaporte.' },
  },
};
