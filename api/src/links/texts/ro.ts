import type { PageMessages } from './en.ts';

export const ro = {
  next: 'Continuă',
  chooseScore: 'Vă rugăm să alegeți o notă de la 0 la 10.',
  emailPrompt: 'Faceți clic pe un număr pentru a răspunde.',
  invalidTitle: 'Acest link nu funcționează',
  invalidBody:
    'Este posibil să fi fost scurtat sau modificat pe drum. Nu s-a înregistrat nimic. Vă rugăm să deschideți din nou linkul din mesajul primit.',
  expiredTitle: 'Linkul acestui sondaj a expirat',
  expiredBody: 'Nu s-a înregistrat nimic. Vă mulțumim că ați dorit să răspundeți.',
  closedTitle: 'Acest sondaj s-a încheiat',
  closedBody: 'Nu mai primește răspunsuri. Vă mulțumim că ați dorit să răspundeți.',
  failed:
    'Răspunsul dumneavoastră nu a putut fi înregistrat. Vă rugăm să încercați din nou peste câteva momente.',
} satisfies PageMessages;
