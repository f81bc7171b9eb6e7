// The nlp.js language packages ship no types; their Snowball stemmers are all this project uses of them.
interface NlpjsStemmer {
  stemWord(word: string): string;
}
type NlpjsStemmerClass = new () => NlpjsStemmer;

declare module '@nlpjs/lang-el' {
  export const StemmerEl: NlpjsStemmerClass;
}
declare module '@nlpjs/lang-en-min' {
  export const StemmerEn: NlpjsStemmerClass;
}
declare module '@nlpjs/lang-id' {
  export const StemmerId: NlpjsStemmerClass;
}
declare module '@nlpjs/lang-ro' {
  export const StemmerRo: NlpjsStemmerClass;
}
declare module '@nlpjs/lang-tr' {
  export const StemmerTr: NlpjsStemmerClass;
}
