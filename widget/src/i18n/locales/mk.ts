import type { Messages } from './en.ts';

export const mk = {
  surveyLabel: 'Анкета за клиенти',
  // "компанијата" before the brand gives the pronoun its gender, whatever the brand's own (or its script).
  question: 'Колку е веројатно да ја препорачате компанијата {{brand}} на пријател или колега?',
  scaleLow: 'Воопшто не е веројатно',
  scaleHigh: 'Исклучително веројатно',
  scoreLabel: '{{score}} од 10',
  followUpDetractor: 'Жал ни е што е така. Што најмногу ве разочара?',
  followUpPassive: 'Што би го подобрило вашето искуство?',
  followUpPromoter: 'Мило ни е! Што најмногу ви се допаѓа кај компанијата {{brand}}?',
  commentPlaceholder: 'Напишете со свои зборови (незадолжително)',
  charactersLeft_one: 'Уште {{count}} знак',
  charactersLeft_other: 'Уште {{count}} знаци',
  send: 'Испрати',
  skip: 'Прескокни',
  thanks: 'Ви благодариме за мислењето!',
  savedOffline: 'Одговорот е зачуван и ќе се испрати кога повторно ќе се поврзете на интернет.',
  close: 'Затвори ја анкетата',
  language: 'Јазик',
} satisfies Messages;
