import type { Lexicon } from '../lexicon.ts';

export const ro = {
  negators: ['nu', 'n', 'nici', 'niciodată', 'deloc', 'fără', 'nimic', 'niciun', 'nicio', 'nicicum'],
  clauseBreaks: ['dar', 'însă', 'deși', 'totuși', 'iar', 'și', 'doar că'],
  judgements: {
    good: ['nicio plângere', 'nicio problemă', 'bun', 'bună', 'bune', 'buni', 'bine', 'excelent*', 'super', 'minunat*', 'grozav*', 'perfect*', 'rapid*', 'repede', 'ok', 'corect*', 'rezonabil*', 'mulțumit*', 'impecabil*', 'fain', 'frumos', 'fantastic*', 'extraordinar*', 'ușor', 'simplu', 'superb*'],
    bad: [
      'prost',
      'proastă',
      'proaste',
      'slab*',
      'groaznic*',
      'oribil*',
      'dezamăg*',
      'lent*',
      'încet',
      'inutil*',
      'inacceptabil*',
      'problem*',
      'jalnic*',
      'mizerabil*',
      'nasol',
      'penibil*',
      'varză',
      'greșit*',
      'ruşine',
      'rușine',
    ],
  },
  cues: {
    PRICE: {
      praise: ['ieftin*', 'accesibil*', 'avantajos', 'avantajoase', 'reducere*', 'reduceri', 'ofert*', 'merită banii', 'merita banii', 'raport calitate pret', 'raport calitate preț', 'preț bun', 'prețuri bune', 'prețuri mici', 'chilipir', 'la jumătate de preț', 'jumătate de preț', 'nu are concurență', 'la prețul ăsta', 'la acest preț'],
      complaint: ['scump*', 'scumpi', 'scumpă', 'prețuri umflate', 'preț umflat', 'taxe ascunse', 'costuri ascunse', 'suprataxa*', 'au crescut', 'jecmăn*', 'țeapă', 'furat', 'prea mult', 'jaf', 'furt', 'preț de produs premium', 'preț premium', 'costă mai mult'],
      topic: ['preț*', 'tarif*', 'cost*', 'taxă', 'taxe', 'abonament*', 'taxa de transport', 'taxă de livrare'],
    },
    QUALITY: {
      praise: ['rezistent*', 'durabil*', 'bine făcut', 'bine făcută', 'delicios', 'delicioasă', 'gustos', 'gustoasă', 'comod*', 'țin mult', 'ține mult', 'ca nou', 'face exact ce promite', 'calitate superioară', 'perfect și după', 'merge perfect', 'solid*', 'ține zile', 'se spală foarte bine', 'se spală bine', 'impecabil*'],
      complaint: ['stricat*', 's-a stricat', 'rupt*', 'defect*', 'crăpat*', 'spart*', 'zgâriat*', 'porcărie', 'mizerie', 'decolor*', 'ars', 'stătut', 'expirat*', 'fals*', 'nu funcționează', 'nu merge', 'material ieftin', 'pare ieftin', 'vin mici', 'vin mari', 'plastic ieftin', 'curge', 'pierde apă', 'se strică', 'dezlipit*', 's-a dezlipit', 'se desfac', 's-a desfăcut', 'pârâi*', 'zgomot*', 'pete', 'ruginit*', 'intrat la apă', 'scamoșat*', 'nu se încarcă', 'incomod*', 'miroase', 'nefiert*'],
      topic: ['calitat*', 'produs*', 'material*', 'gust*', 'țesătur*', 'construcți*', 'aparat*', 'espressor*', 'baterie*', 'bateria', 'cusătur*', 'talp*', 'căști*', 'sunet*', 'blugi*'],
    },
    STAFF: {
      praise: ['amabil*', 'politicos', 'politicoasă', 'politicoși', 'prietenos', 'prietenoasă', 'prietenoși', 'răbdător', 'răbdătoare', 'săritor*', 'priceput*', 'tot posibilul', 'atent*', 'zâmbitor*', 'om de nota 10', 'om minunat', 'om de treabă', 'mi-a ținut minte', 'mi-a explicat', 'a explicat', 'a avut răbdare', 'răbdare', 'săritor', 'săritoare'],
      complaint: ['nepoliticos*', 'nepoliticoasă', 'nepoliticoși', 'obraznic*', 'arogant*', 'nesimțit*', 'nu au vrut sa ajute', 'nu a vrut sa ajute', 'incompetent*', 'ignorat', 'nu si-a cerut scuze', 'țipat', 'disprețuitor*', 'm-au ignorat', 'm-a ignorat', 'și-a dat ochii peste cap', 'a oftat', 'niciun angajat', 'nimeni să ajute'],
      topic: ['personal*', 'angajat*', 'vânzăt*', 'vanzat*', 'casier*', 'ospătar*', 'chelner*', 'echipa', 'echipă', 'domnul de la', 'doamna de la', 'fata de la', 'băiatul de la', 'consultant*', 'șofer*', 'barista', 'manager*', 'de la casă', 'de la tejghea', 'farmacist*', 'optometrist*', 'optician*', 'medic*', 'asistent*', 'recepți*'],
    },
    DELIVERY: {
      praise: ['la timp', 'a doua zi', 'a ajuns repede', 'a venit repede', 'bine ambalat', 'bine ambalată', 'livrare rapidă', 'livrare rapida', 'livrat super repede', 'livrat repede', 'în termen', 'cu o zi mai devreme', 'mai devreme', 'bine împachetat', 'ziua promisă', 'a doua zi dimineață', 'expediere rapidă', 'era la ușă'],
      complaint: ['întârzi*', 'nu a ajuns', 'n-a ajuns', 'nu a venit', 'inca astept', 'încă aștept', 'pierdut*', 'adresa greșită', 'a ajuns deteriorat', 'a durat o veșnicie', 'o veșnicie', 'lăsat în ploaie', 'urmărirea', 'nu se actualizează', 'strivit*', 'udă leoarcă', 'ud', 'turtit*', 'n-a mai venit', 'nu a mai venit', 'după nuntă', 'zile după', 'a stat', 'blocat*'],
      topic: ['livr*', 'colet*', 'curier*', 'expedi*', 'transport*', 'ambalaj*', 'a ajuns', 'a venit', 'sosit*', 'cutia', 'cutie', 'împachetat*', 'ambalat*', 'în livrare', 'depozit*', 'la ușă', 'vecin*', 'expediere*'],
    },
    SUPPORT: {
      praise: ['a rezolvat', 'au rezolvat', 'rezolvat repede', 'răspuns rapid', 'mi-au răspuns', 'mi-a răspuns', 'de ajutor', 'retur ușor', 'retur simplu', 'fără întrebări', 'rambursat', 'mi-a răspuns în', 'în câteva minute', 'banii au venit', 'banii înapoi'],
      complaint: ['niciun răspuns', 'niciun raspuns', 'nu răspunde', 'nu raspunde nimeni', 'nu mi-a răspuns', 'nu mi-au răspuns', 'în așteptare', 'mi-au închis', 'chatbot*', 'robot', 'plimbat de la unul la altul', 'nu s-a obosit nimeni', 'nimeni nu a răspuns', 'nu răspunde nimeni', 'mereu ocupat', 'ocupat', 'nu poți da de nimeni'],
      topic: ['suport*', 'serviciul clienți', 'serviciul clienti', 'relații cu clienții', 'call center', 'asistență', 'telefon', 'email*', 'e-mail', 'rambursare*', 'retur*', 'reclamați*', 'chat', 'tichet*', 'răspun*', 'chatul*', 'chat live', 'centrul de ajutor', 'telefon*', 'să sun', 'apel*', 'schimb*', 'returnat*'],
    },
  },
} satisfies Lexicon;
