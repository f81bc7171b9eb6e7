/**
 * Two themes of the demo coffee shop's own, in the words its seeded comments use (`seed.ts`): what an owner would add
 * in the console's Themes tab. The screenshots and the benchmark give them to a survey of seeded answers.
 */
export const DEMO_THEMES = [
  {
    code: 'COFFEE',
    texts: [
      { language: 'en', name: 'Our coffee', cues: ['coffee', 'beans', 'espresso', 'guji'] },
      { language: 'id', name: 'Kopi kami', cues: ['kopi*'] },
      { language: 'mk', name: 'Нашето кафе', cues: ['кафе', 'еспресо'] },
      { language: 'ro', name: 'Cafeaua noastră', cues: ['cafea*'] },
      { language: 'el', name: 'Ο καφές μας', cues: ['καφ*', 'εσπρέσο'] },
      { language: 'tr', name: 'Kahvemiz', cues: ['kahve*'] },
    ],
  },
  {
    code: 'PACKAGING',
    texts: [
      { language: 'en', name: 'Packaging', cues: ['bag', 'packag*'] },
      { language: 'id', name: 'Kemasan', cues: ['kemasan'] },
      { language: 'mk', name: 'Пакување', cues: ['пакување', 'оштетен*'] },
      { language: 'ro', name: 'Ambalaj', cues: ['ambalaj*'] },
      { language: 'el', name: 'Συσκευασία', cues: ['συσκευασ*'] },
      { language: 'tr', name: 'Ambalaj', cues: ['ambalaj*', 'paket*'] },
    ],
  },
];
