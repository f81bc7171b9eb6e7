import type { Messages } from './en.ts';

export const ro = {
  surveyLabel: 'Sondaj pentru clienți',
  question: 'Cât de probabil este să recomandați {{brand}} unui prieten sau coleg?',
  scaleLow: 'Deloc probabil',
  scaleHigh: 'Extrem de probabil',
  scoreLabel: '{{score}} din 10',
  followUpDetractor: 'Ne pare rău să aflăm asta. Ce v-a dezamăgit cel mai mult?',
  followUpPassive: 'Ce ar fi făcut experiența dumneavoastră mai bună?',
  followUpPromoter: 'Ne bucurăm să auzim asta! Ce vă place cel mai mult la {{brand}}?',
  commentPlaceholder: 'Spuneți-ne cu propriile cuvinte (opțional)',
  charactersLeft_one: 'Mai aveți {{count}} caracter',
  charactersLeft_few: 'Mai aveți {{count}} caractere',
  charactersLeft_other: 'Mai aveți {{count}} de caractere',
  send: 'Trimite',
  skip: 'Omite',
  thanks: 'Vă mulțumim pentru părere!',
  savedOffline: 'Răspunsul a fost salvat și va fi trimis când reveniți online.',
  close: 'Închide sondajul',
  language: 'Limba',
} satisfies Messages;
