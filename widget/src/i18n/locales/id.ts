import type { Messages } from './en.ts';

export const id = {
  surveyLabel: 'Survei pelanggan',
  question: 'Seberapa besar kemungkinan Anda merekomendasikan {{brand}} kepada teman atau rekan kerja?',
  scaleLow: 'Sama sekali tidak mungkin',
  scaleHigh: 'Sangat mungkin',
  scoreLabel: '{{score}} dari 10',
  followUpDetractor: 'Kami mohon maaf atas pengalaman Anda. Apa yang paling mengecewakan Anda?',
  followUpPassive: 'Apa yang bisa membuat pengalaman Anda lebih baik?',
  followUpPromoter: 'Senang mendengarnya! Apa yang paling Anda sukai dari {{brand}}?',
  commentPlaceholder: 'Ceritakan dengan kata-kata Anda sendiri (opsional)',
  // Indonesian has one plural form: i18next asks for `_other` only.
  charactersLeft_one: 'Sisa {{count}} karakter',
  charactersLeft_other: 'Sisa {{count}} karakter',
  send: 'Kirim',
  skip: 'Lewati',
  thanks: 'Terima kasih atas masukan Anda!',
  savedOffline: 'Jawaban Anda sudah tersimpan dan akan dikirim saat Anda kembali online.',
  close: 'Tutup survei',
  language: 'Bahasa',
} satisfies Messages;
