declare module '@nlpjs/lang-uk' {
  /** The Ukrainian stemmer of the nlp.js project. */
  export class StemmerUk {
    stemWord(word: string): string;
  }
  const lang: { StemmerUk: typeof StemmerUk };
  export default lang;
}
