/**
 * Pseudo-locales, for tests only (no product code imports this): every text accented, 40% longer and between
 * ⟦ ⟧, so that a test sees at once any visible text that did not go through i18n, and any layout that breaks
 * with a longer language. `en-XA` reads left to right; `ar-XB` is the same text in a right-to-left language.
 */
export const PSEUDO_LTR = 'en-XA';
export const PSEUDO_RTL = 'ar-XB';

const PLAIN = 'aeioucnsyzglAEIOUCNSYZGL';
const ACCENTS = 'áéíöüçñšýžğłÅÉÎÖÜÇÑŠÝŽĞŁ';
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...PLAIN].map((c, i) => [c, [...ACCENTS][i] ?? c]),
);

/** One text in the pseudo-locale: placeholders kept, letters accented, padded by 40% in short words. */
export function pseudoText(text: string): string {
  const accented = text
    .split(/(\{\{[^}]*\}\})/)
    .map((part) => (part.startsWith('{{') ? part : part.replace(/[a-zA-Z]/g, (c) => ACCENTED[c] ?? c)))
    .join('');
  const extra = Math.ceil(text.length * 0.4);
  const padding = Array.from({ length: Math.ceil(extra / 5) }, () => '~~~~').join(' ');
  return `⟦${accented} ${padding}⟧`;
}

/**
 * Every text of `messages` in the pseudo-locale, each plural text in all six plural forms (Arabic, the language of
 * `ar-XB`, uses them all).
 */
export function pseudoMessages<M extends object>(messages: M): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const [key, text] of Object.entries(messages)) {
    const pseudo = pseudoText(String(text));
    texts[key] = pseudo;
    const stem = /^(.*)_other$/.exec(key)?.[1];
    if (stem) for (const form of ['zero', 'one', 'two', 'few', 'many']) texts[`${stem}_${form}`] ??= pseudo;
  }
  return texts;
}

/**
 * The visible texts (and accessible names, descriptions, placeholders) under `root`, shadow roots included, that
 * hold letters outside the pseudo-locale's ⟦ ⟧ and outside `allowed` (a brand, the languages' own names).
 * `letters` (a RegExp's source): what counts as a letter; in `ar-XB`, Latin only, since `Intl` writes dates and
 * names there in Arabic. Subtrees matching `skip` (visitors' own words) are not read. Self-contained, so that a
 * test can run it in a page too (`page.evaluate`).
 */
export function untranslatedTexts(
  root: Node,
  allowed: readonly string[],
  skip = 'blockquote',
  letters = '\\p{L}',
): string[] {
  const letter = new RegExp(letters, 'u');
  const found: string[] = [];
  const check = (text: string | null | undefined) => {
    if (!text) return;
    let rest = text.replace(/⟦[^⟧]*⟧/g, ' ');
    // Longest first: "Bahasa Indonesia" before "Indonesia".
    for (const word of [...allowed].sort((a, b) => b.length - a.length)) rest = rest.split(word).join(' ');
    if (letter.test(rest)) found.push(text.trim());
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      // A closed select's options have no boxes, and are texts all the same.
      const shown = parent?.closest('option') || parent?.getClientRects().length;
      if (parent && !['STYLE', 'SCRIPT'].includes(parent.tagName) && shown) {
        check(node.textContent);
      }
      return;
    }
    if (node instanceof Element) {
      if (node.matches(skip)) return;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) check(node.getAttribute(name));
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}

/**
 * Elements under `root` (shadow roots included) that stick out of `frame` sideways, or whose content is cut off
 * sideways. What scrolls sideways by design (`overflow-x: auto`, a wide table) is left to scroll. Self-contained.
 */
export function overflowing(root: Node, frame: Element): string[] {
  const bounds = frame.getBoundingClientRect();
  const found: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof Element) {
      const box = node.getBoundingClientRect();
      const part = node.getAttribute('part');
      const name = `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${part ? `[part=${part}]` : ''}`;
      // One pixel wide or less: text for screen readers only, clipped on purpose.
      if (box.width <= 1) return;
      const overflow = getComputedStyle(node).overflowX;
      if (overflow === 'auto' || overflow === 'scroll') return;
      if (box.left < bounds.left - 1 || box.right > bounds.right + 1) found.push(name);
      // Form fields scroll their own text, as typed.
      else if (
        overflow !== 'visible' &&
        !node.matches('input, textarea, select') &&
        node.scrollWidth > node.clientWidth + 1
      ) {
        found.push(`${name} (cut off)`);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}

/**
 * The English words `Intl` writes where a browser has no data for the language asked for (Chromium, for Macedonian):
 * month and unit names, AM/PM, the product's languages and markets. Indonesian shares some month abbreviations.
 */
const INTL_ENGLISH = [
  ...['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'AM', 'PM'],
  ...['day', 'days', 'hour', 'hours', 'minute', 'minutes'],
  ...[
    'English',
    'Greek',
    'Greece',
    'Cyprus',
    'Turkish',
    'Romanian',
    'Macedonian',
    'Indonesian',
    'United States',
  ],
];
const SHARED_WITH_ENGLISH: Record<string, readonly string[]> = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Sep', 'Nov'],
};

/** The English of `Intl` fallbacks found in a text of `language` (a text of visitors' own is not given here). */
export function intlEnglish(text: string, language: string): string[] {
  const shared = SHARED_WITH_ENGLISH[language] ?? [];
  const words = INTL_ENGLISH.filter((word) => !shared.includes(word));
  const found = text.match(new RegExp(`\\b(${words.join('|')})\\b`, 'g')) ?? [];
  // Thousands grouped with a comma: every one of these languages groups with a point.
  return [...found, ...(text.match(/\d,\d{3}(?!\d)/g) ?? [])];
}
