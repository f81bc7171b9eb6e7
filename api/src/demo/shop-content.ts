/**
 * The demo site: an imaginary coffee roaster selling in six languages and seven markets. Each page is what a
 * site owner's page is to the widget: its own `<html lang>`, its market, and the one-line script tag.
 */
export interface ShopPage {
  /** Path, and the page's `<html lang>`. */
  readonly path: string;
  readonly lang: string;
  /** The `data-market` of the script tag; absent where the widget takes it from `lang`'s region. */
  readonly market?: string;
  readonly label: string;
  readonly title: string;
  readonly intro: string;
  readonly products: readonly { readonly name: string; readonly price: string }[];
  readonly note: string;
}

export const BRAND = 'Aegean Roasters';

export const SHOP_PAGES: readonly ShopPage[] = [
  {
    path: '/',
    lang: 'en-US',
    label: 'English (US)',
    title: 'Freshly roasted, shipped to your door',
    intro: 'Single-origin beans from small farms, roasted every Monday in small batches.',
    products: [
      { name: 'Ethiopia Guji, 250 g', price: '$16.50' },
      { name: 'Colombia Huila, 250 g', price: '$14.90' },
      { name: 'House espresso blend, 1 kg', price: '$42.00' },
    ],
    note: 'A demo shop. The survey opens in the corner a moment after the page loads.',
  },
  {
    path: '/id/',
    lang: 'id-ID',
    label: 'Bahasa Indonesia',
    title: 'Kopi sangrai segar, dikirim ke rumah Anda',
    intro: 'Biji kopi single origin dari kebun kecil, disangrai setiap Senin dalam jumlah terbatas.',
    products: [
      { name: 'Aceh Gayo, 250 g', price: 'Rp145.000' },
      { name: 'Toraja Sapan, 250 g', price: 'Rp160.000' },
      { name: 'Espresso racikan kami, 1 kg', price: 'Rp520.000' },
    ],
    note: 'Toko demo. Survei muncul di pojok layar sesaat setelah halaman dimuat.',
  },
  {
    path: '/mk/',
    lang: 'mk-MK',
    label: 'Македонски',
    title: 'Свежо пржено кафе, до вашата врата',
    intro: 'Зрна од едно потекло од мали фарми, пржени секој понеделник во мали серии.',
    products: [
      { name: 'Етиопија Гуџи, 250 г', price: '950 ден.' },
      { name: 'Колумбија Уила, 250 г', price: '860 ден.' },
      { name: 'Нашата мешавина за еспресо, 1 кг', price: '2.450 ден.' },
    ],
    note: 'Демо продавница. Анкетата се отвора во аголот набргу откако ќе се вчита страницата.',
  },
  {
    path: '/ro/',
    lang: 'ro-RO',
    label: 'Română',
    title: 'Cafea proaspăt prăjită, livrată direct la ușă',
    intro: 'Boabe de origine unică de la ferme mici, prăjite în fiecare luni, în loturi mici.',
    products: [
      { name: 'Etiopia Guji, 250 g', price: '79 lei' },
      { name: 'Columbia Huila, 250 g', price: '72 lei' },
      { name: 'Blend-ul nostru de espresso, 1 kg', price: '199 lei' },
    ],
    note: 'Un magazin demonstrativ. Sondajul apare în colț la scurt timp după încărcarea paginii.',
  },
  {
    path: '/el/',
    lang: 'el-GR',
    label: 'Ελληνικά (Ελλάδα)',
    title: 'Φρεσκοκαβουρδισμένος καφές, στην πόρτα σας',
    intro: 'Κόκκοι μοναδικής προέλευσης από μικρές φάρμες, καβουρδισμένοι κάθε Δευτέρα σε μικρές παρτίδες.',
    products: [
      { name: 'Αιθιοπία Guji, 250 γρ.', price: '15,50 €' },
      { name: 'Κολομβία Huila, 250 γρ.', price: '13,90 €' },
      { name: 'Χαρμάνι espresso του σπιτιού, 1 κιλό', price: '39,00 €' },
    ],
    note: 'Κατάστημα επίδειξης. Η έρευνα ανοίγει στη γωνία λίγο μετά τη φόρτωση της σελίδας.',
  },
  {
    path: '/el-cy/',
    lang: 'el-CY',
    label: 'Ελληνικά (Κύπρος)',
    title: 'Φρεσκοκαβουρδισμένος καφές, με παράδοση σε όλη την Κύπρο',
    intro: 'Κόκκοι μοναδικής προέλευσης από μικρές φάρμες, καβουρδισμένοι κάθε Δευτέρα σε μικρές παρτίδες.',
    products: [
      { name: 'Αιθιοπία Guji, 250 γρ.', price: '15,90 €' },
      { name: 'Κολομβία Huila, 250 γρ.', price: '14,30 €' },
      { name: 'Χαρμάνι espresso του σπιτιού, 1 κιλό', price: '40,00 €' },
    ],
    note: 'Κατάστημα επίδειξης: η ίδια γλώσσα, άλλη αγορά (η περιοχή της σελίδας, CY).',
  },
  {
    path: '/tr/',
    lang: 'tr-TR',
    label: 'Türkçe',
    market: 'TR',
    title: 'Taze kavrulmuş kahve, kapınıza kadar',
    intro: 'Küçük çiftliklerden tek kökenli çekirdekler, her pazartesi küçük partiler hâlinde kavruluyor.',
    products: [
      { name: 'Etiyopya Guji, 250 g', price: '₺540' },
      { name: 'Kolombiya Huila, 250 g', price: '₺490' },
      { name: 'Ev espresso harmanı, 1 kg', price: '₺1.390' },
    ],
    note: 'Bir demo mağaza. Anket, sayfa yüklendikten kısa süre sonra köşede açılır.',
  },
];
