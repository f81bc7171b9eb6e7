import type { PageMessages } from './en.ts';

export const id = {
  next: 'Lanjut',
  chooseScore: 'Silakan pilih skor dari 0 sampai 10.',
  emailPrompt: 'Klik salah satu angka untuk menjawab.',
  invalidTitle: 'Tautan ini tidak berfungsi',
  invalidBody:
    'Tautan ini mungkin terpotong atau berubah dalam perjalanan. Tidak ada yang tercatat. Silakan buka kembali tautan dari pesan Anda.',
  expiredTitle: 'Tautan survei ini sudah kedaluwarsa',
  expiredBody: 'Tidak ada yang tercatat. Terima kasih atas kesediaan Anda untuk menjawab.',
  closedTitle: 'Survei ini sudah ditutup',
  closedBody: 'Survei ini tidak lagi menerima jawaban. Terima kasih atas kesediaan Anda untuk menjawab.',
  failed: 'Jawaban Anda tidak dapat dicatat. Silakan coba lagi sebentar lagi.',
} satisfies PageMessages;
