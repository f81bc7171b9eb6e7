import type { Lexicon } from '../lexicon.ts';

export const tr = {
  negators: ['asla', 'olmadan', 'sıfır'],
  negatorsAfter: ['değil', 'değildi', 'değildir', 'değiller', 'yok', 'yoktu', 'olmadı', 'olmuyor'],
  clauseBreaks: ['ama', 'fakat', 'ancak', 'lakin', 'yine de', 've', 'rağmen'],
  judgements: {
    good: ['hiç şikayetim yok', 'şikayetim yok', 'sorun yok', 'iyi*', 'güzel*', 'harika*', 'mükemmel*', 'süper', 'muhteşem*', 'hızlı*', 'çabuk', 'makul', 'memnun*', 'başarılı', 'kusursuz', 'sorunsuz', 'kolay', 'tavsiye', 'fena değil', 'idare eder', 'efsane', 'bayıldım', 'nefis'],
    bad: [
      'kötü*',
      'berbat*',
      'rezalet*',
      'rezil',
      'yavaş*',
      'hayal kırıklığı',
      'işe yaramıyor',
      'işe yaramaz',
      'sorun*',
      'problem*',
      'saçma*',
      'vasat',
      'felaket',
      'yanlış',
      'çöp',
      'beklettiler',
    ],
  },
  cues: {
    PRICE: {
      praise: ['ucuz*', 'uygun fiyat*', 'fiyat performans', 'fiyatı uygun', 'hesaplı', 'indirim*', 'kampanya*', 'paraya değ*', 'makul fiyat*', 'kelepir', 'yarı fiyatına', 'yarı fiyat', 'rakipsiz', 'bu fiyata'],
      complaint: ['pahalı*', 'pahali*', 'kazık', 'şişirilmiş', 'gizli ücret*', 'ek ücret*', 'zamlan*', 'zam', 'fahiş', 'soygun', 'çok para', 'fazla para', 'premium fiyat*', 'olması gerekenden pahalı'],
      topic: ['fiyat*', 'ücret*', 'tutar*', 'abonelik*', 'maliyet*', 'kargo ücreti'],
    },
    QUALITY: {
      praise: ['sağlam', 'dayanıklı', 'uzun ömürlü', 'lezzetli', 'leziz', 'rahat', 'kaliteli', 'ilk günkü gibi', 'anlatıldığı gibi', 'orijinal', 'kusursuz', 'hâlâ çalışıyor', 'sağlam yapı', 'günlerce gidiyor', 'uzun gidiyor', 'yıkamada hiç bozulmuyor', 'nefis*'],
      complaint: ['bozuldu', 'bozuk', 'kırık', 'kırıldı', 'yırtıldı', 'yırtık', 'çatlak*', 'defolu', 'kalitesiz*', 'çöp', 'soldu', 'solmuş', 'yanık', 'bayat', 'sahte', 'çalışmıyor', 'ucuz duruyor', 'kalıbı küçük', 'kalıbı büyük', 'soğuktu', 'soğuk', 'ucuz plastik', 'ucuz malzeme', 'sızdır*', 'akıtıyor', 'ayrıldı', 'söküldü', 'sökülüyor', 'cızırd*', 'gıcırd*', 'ses yapıyor', 'leke*', 'paslan*', 'çekti', 'şarj olmuyor', 'rahatsız', 'kokuyor', 'çiğ'],
      topic: ['kalite*', 'ürün*', 'kumaş*', 'malzeme*', 'tad*', 'lezzet*', 'makine*', 'cihaz*', 'yemek*', 'pil', 'pili', 'taban*', 'dikiş*', 'kulaklık*', 'ses*', 'kot'],
    },
    STAFF: {
      praise: ['güler yüzlü*', 'kibar*', 'nazik*', 'ilgili', 'sabırlı', 'yardımsever', 'bilgili*', 'ellerinden geleni', 'samimi', 'tatlı biri', 'çok tatlı', 'hatırladı', 'anlattı', 'her şeyi anlattı', 'acele etmeden'],
      complaint: ['kaba', 'kabaydı', 'kaba davrandı', 'ters*', 'saygısız*', 'ilgisiz*', 'umursamaz*', 'yardımcı olmadı', 'özür bile dilemedi', 'unuttu', 'bağırdı', 'suratsız', 'küçümseyici', 'görmezden geldi', 'görmezden gel*', 'gözlerini devir*', 'iç çekti', 'yardım edecek kimse', 'ilgilenen yok', 'sabırsız'],
      topic: ['personel*', 'çalışan*', 'kasiyer*', 'kasadaki', 'garson*', 'satıcı*', 'ekip', 'tezgahtaki', 'görevli*', 'eleman*', 'hanım', 'bey', 'barista', 'şoför*', 'müdür*', 'satış danışman*', 'mağaza çalışan*', 'eczacı*', 'optisyen*', 'doktor*', 'hemşire*', 'resepsiyon*'],
    },
    DELIVERY: {
      praise: ['zamanında', 'ertesi gün', 'hemen geldi', 'hızlı geldi', 'güzel paketlenmiş', 'özenli paketlenmiş', 'hızlı teslimat', 'hızlı kargo', 'hızlı gönderildi', 'gönderildi', 'elimdeydi', 'bir gün erken', 'erken teslim', 'söz verilen gün', 'özenle paketlen*', 'sabah kapımdaydı', 'hızlı gönderim', 'ertesi sabah'],
      complaint: ['geç geldi', 'geç', 'gecik*', 'gelmedi', 'ulaşmadı', 'hala bekliyorum', 'hâlâ bekliyorum', 'kayboldu', 'kayıp', 'yanlış adres', 'uzun sürdü', 'yağmurun altında', 'kapıyı bile çalmadı', 'takip*', 'sırılsıklam', 'ezik', 'ezilmiş', 'hiçbir şey gelmedi', 'düğünden iki gün sonra', 'gün sonra geldi', 'depoda', 'takıldı', 'bekledi'],
      topic: ['kargo*', 'teslimat*', 'teslim', 'paket*', 'kurye*', 'gönderi*', 'sevkiyat*', 'ulaştı', 'kutu*', 'ambalaj*', 'dağıtımda', 'depo*', 'kapımdaydı', 'komşu*', 'gönderim'],
    },
    SUPPORT: {
      praise: ['çözdü', 'çözdüler', 'çözüldü', 'dönüş yaptılar', 'hemen döndüler', 'yardımcı oldular', 'kolay iade', 'soru sormadan', 'iade ettiler', 'yanıtladı', 'birkaç dakikada', 'param iki günde', 'param hesabımdaydı', 'para iadesi'],
      complaint: ['cevap yok', 'cevap vermedi', 'cevap vermiyor', 'dönüş yok', 'dönüş yapmadı', 'açmıyor', 'telefonu kapattılar', 'beklettiler', 'chatbot*', 'bot', 'oradan oraya', 'cevap verme zahmetine girmedi', 'kimse cevap vermedi', 'geri atıyor', 'hep meşgul', 'meşgul', 'ulaşamıyorum', 'ulaşmaya çalışıyorum'],
      topic: ['müşteri hizmet*', 'destek ekib*', 'destek*', 'çağrı merkez*', 'iade*', 'mail*', 'e-posta', 'şikayet*', 'telefon*', 'canlı destek', 'cevap*', 'talep*', 'canlı sohbet', 'sohbet', 'yardım merkezi', 'arama*', 'değişim'],
    },
  },
} satisfies Lexicon;
