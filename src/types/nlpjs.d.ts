// The @nlpjs language packages ship no types; Ruta uses only their Snowball stemmers and stopword lists.
declare module '@nlpjs/lang-es' {
  const lang: { StemmerEs: new () => { stemWord(w: string): string }; StopwordsEs: new () => { isStopword(w: string): boolean } };
  export default lang;
}
declare module '@nlpjs/lang-fr' {
  const lang: { StemmerFr: new () => { stemWord(w: string): string }; StopwordsFr: new () => { isStopword(w: string): boolean } };
  export default lang;
}
declare module '@nlpjs/lang-pt' {
  const lang: { StemmerPt: new () => { stemWord(w: string): string }; StopwordsPt: new () => { isStopword(w: string): boolean } };
  export default lang;
}
declare module '@nlpjs/lang-en-min' {
  const lang: { StemmerEn: new () => { stemWord(w: string): string }; StopwordsEn: new () => { isStopword(w: string): boolean } };
  export default lang;
}
