import type { Messages } from './en.ts';

export const tr = {
  surveyLabel: 'Müşteri anketi',
  // "markasını" carries the case ending, so the sentence is right whatever sound the brand ends in.
  question: '{{brand}} markasını bir arkadaşınıza veya iş arkadaşınıza tavsiye etme olasılığınız nedir?',
  scaleLow: 'Hiç olası değil',
  scaleHigh: 'Son derece olası',
  scoreLabel: '10 üzerinden {{score}}',
  followUpDetractor: 'Bunu duyduğumuza üzüldük. Sizi en çok ne hayal kırıklığına uğrattı?',
  followUpPassive: 'Deneyiminizi daha iyi hâle getirmek için ne yapabilirdik?',
  followUpPromoter: 'Bunu duymak harika! {{brand}} markasında en çok neyi beğeniyorsunuz?',
  commentPlaceholder: 'Kendi cümlelerinizle anlatın (isteğe bağlı)',
  // A Turkish noun stays singular after a number.
  charactersLeft_one: '{{count}} karakter kaldı',
  charactersLeft_other: '{{count}} karakter kaldı',
  send: 'Gönder',
  skip: 'Atla',
  thanks: 'Geri bildiriminiz için teşekkür ederiz!',
  savedOffline: 'Yanıtınız kaydedildi; yeniden çevrimiçi olduğunuzda gönderilecek.',
  close: 'Anketi kapat',
  language: 'Dil',
} satisfies Messages;
