import { directionOf, escapeHtml } from './html.ts';
import type { SurveyTexts } from './survey-texts.ts';
import type { PageMessages } from './texts/en.ts';

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** Every cell names its font: Outlook does not inherit one from the table. */
const FONT = 'font-family:Arial,Helvetica,sans-serif;';

/**
 * The question and its eleven score links as mail clients render HTML: nested tables, inline styles and plain
 * links only. Gmail drops `<style>` in some views and every script and form; Outlook for Windows lays out with Word
 * (no flex, no max-width on divs), so widths live on tables and cells. A cell per score, the whole cell a link, wide
 * enough to tap at 320 px.
 */
export function emailHtml(
  language: string,
  texts: SurveyTexts,
  page: PageMessages,
  scoreUrls: readonly string[],
): string {
  const dir = directionOf(language);
  const cells = SCORES.map((score) => {
    const label = escapeHtml(texts('scoreLabel', { score }));
    const href = escapeHtml(scoreUrls[score] ?? '');
    return `<td align="center" style="padding:0 1px;"><a href="${href}" title="${label}" style="${FONT}display:block;padding:10px 0;border:1px solid #9ca3af;border-radius:4px;background:#f3f4f6;color:#111827;font-size:16px;line-height:20px;font-weight:bold;text-decoration:none;text-align:center;">${score}</a></td>`;
  }).join('');
  const low = dir === 'rtl' ? 'right' : 'left';
  const high = dir === 'rtl' ? 'left' : 'right';
  return `<table role="presentation" dir="${dir}" lang="${escapeHtml(language)}" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;border-collapse:collapse;">
<tr><td style="${FONT}padding:0 0 8px;font-size:18px;line-height:26px;font-weight:bold;color:#111827;">${escapeHtml(texts('question'))}</td></tr>
<tr><td style="${FONT}padding:0 0 12px;font-size:14px;line-height:20px;color:#374151;">${escapeHtml(page.emailPrompt)}</td></tr>
<tr><td><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;table-layout:fixed;border-collapse:collapse;"><tr>${cells}</tr></table></td></tr>
<tr><td><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;"><tr><td align="${low}" style="${FONT}padding:6px 0 0;font-size:12px;line-height:16px;color:#4b5563;">${escapeHtml(texts('scaleLow'))}</td><td align="${high}" style="${FONT}padding:6px 0 0;font-size:12px;line-height:16px;color:#4b5563;">${escapeHtml(texts('scaleHigh'))}</td></tr></table></td></tr>
</table>`;
}

/** The same for a plain-text email: the question, what to do, then a line per score with its link. */
export function emailText(texts: SurveyTexts, page: PageMessages, scoreUrls: readonly string[]): string {
  const lines = SCORES.map((score) => {
    const end = score === 0 ? ` (${texts('scaleLow')})` : score === 10 ? ` (${texts('scaleHigh')})` : '';
    return `${score}${end}: ${scoreUrls[score] ?? ''}`;
  });
  return [texts('question'), '', page.emailPrompt, '', ...lines].join('\n');
}
