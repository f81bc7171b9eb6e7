import type { PageMessages } from './en.ts';

export const tr = {
  next: 'İleri',
  chooseScore: 'Lütfen 0 ile 10 arasında bir puan seçin.',
  emailPrompt: 'Yanıtlamak için bir sayıya tıklayın.',
  invalidTitle: 'Bu bağlantı çalışmıyor',
  invalidBody:
    'Size ulaşırken kısalmış ya da değiştirilmiş olabilir. Hiçbir yanıt kaydedilmedi. Lütfen mesajınızdaki bağlantıyı yeniden açın.',
  expiredTitle: 'Bu anket bağlantısının süresi doldu',
  expiredBody: 'Hiçbir yanıt kaydedilmedi. Yanıt vermek istediğiniz için teşekkür ederiz.',
  closedTitle: 'Bu anket kapandı',
  closedBody: 'Artık yanıt kabul edilmiyor. Yanıt vermek istediğiniz için teşekkür ederiz.',
  failed: 'Yanıtınız kaydedilemedi. Lütfen biraz sonra yeniden deneyin.',
} satisfies PageMessages;
