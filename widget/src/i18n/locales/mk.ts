import type { Messages } from './en.ts';

export const mk = {
  surveyLabel: 'Анкета за корисници',
  question: 'Колку е веројатно да го препорачате {{brand}} на пријател или колега?',
  scaleLow: 'Воопшто не е веројатно',
  scaleHigh: 'Многу веројатно',
  scoreLabel: '{{score}} од 10',
  followUpDetractor: 'Жал ни е што е така. Што најмногу ве разочара?',
  followUpPassive: 'Што би го направило вашето искуство подобро?',
  followUpPromoter: 'Мило ни е! Што најмногу ви се допаѓа кај {{brand}}?',
  commentPlaceholder: 'Напишете со свои зборови (незадолжително)',
  charactersLeft_one: 'Уште {{count}} знак',
  charactersLeft_other: 'Уште {{count}} знаци',
  send: 'Испрати',
  skip: 'Прескокни',
  thanks: 'Ви благодариме за мислењето!',
  savedOffline: 'Одговорот е зачуван и ќе биде испратен кога повторно ќе бидете на интернет.',
  close: 'Затвори ја анкетата',
  language: 'Јазик',
} satisfies Messages;
