/** Shapes shared by several models' validators. */
export const LANGUAGE = /^[a-z]{2,3}$/;
export const MARKET = /^[A-Z]{2}$/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export function unique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

/**
 * Characters no person types, which break the tools text is exported to (a NUL ends a C string; CSV readers choke):
 * C0 controls but tab and newline, DEL, C1 controls, and UTF-16 surrogates that are not half of a pair.
 */
const UNTYPED =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text as a person typed it: the one rule for every free text stored from outside (comments, page URLs, attribute
 * values, follow-up notes). Untyped characters are removed, not refused: a visitor's comment is never lost to a
 * stray byte their keyboard or a copy-paste put in. Windows line ends become newlines.
 */
export function plainText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(UNTYPED, '');
}
