import { randomUUID } from 'node:crypto';
import type { Category } from '../models/response.model.ts';
import type { SurveyDoc } from '../models/survey.model.ts';
import { publicConfig } from '../surveys/public-config.ts';
import { directionOf, escapeHtml } from './html.ts';
import type { LinkRefusal } from './link-signature.ts';
import type { Asked } from './survey-links.ts';
import { surveyTexts } from './survey-texts.ts';
import { pageTexts } from './texts/all.ts';

const FOLLOW_UP = {
  DETRACTOR: 'followUpDetractor',
  PASSIVE: 'followUpPassive',
  PROMOTER: 'followUpPromoter',
} as const satisfies Record<Category, string>;

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * Where the visitor is: choosing a score, saying why (their score chosen: by a score link, not recorded yet, or by
 * the form's last post), or done.
 */
export type PageStep =
  | { readonly step: 'score'; readonly problem?: 'chooseScore' | 'failed' }
  | {
      readonly step: 'comment';
      readonly score: number;
      readonly category: Category;
      readonly answerId: string;
      readonly problem?: 'failed';
    }
  | { readonly step: 'thanks' };

/** Small enough to inline: the page must draw at once on a slow phone, before any script or second request. */
const STYLE = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;padding:16px;background:#f9fafb;color:#111827;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif}
main{max-width:560px;margin:0 auto}
.card{padding:16px;border:1px solid #9ca3af;border-radius:12px;background:#fff}
h1.brand{margin:0 0 12px;font-size:1rem;font-weight:600;color:#4b5563}
h1,h2,legend,label.q{display:block;margin:0 0 12px;font-size:1.1rem;font-weight:600;padding:0}
fieldset{margin:0 0 12px;padding:0;border:0;min-width:0}
.scale{display:grid;grid-template-columns:repeat(11,1fr);gap:2px}
.scale label{position:relative;display:block}
.scale input{position:absolute;opacity:0;inset:0;width:100%;height:100%;margin:0}
.scale span{display:block;min-height:44px;padding:10px 0;border:1px solid #9ca3af;border-radius:6px;text-align:center;font-weight:600}
.scale input:checked+span{background:#2563eb;border-color:#2563eb;color:#fff}
.scale input:focus-visible+span{outline:3px solid #2563eb;outline-offset:2px}
.ends{display:flex;justify-content:space-between;gap:8px;margin-top:4px;font-size:.8rem;color:#4b5563}
textarea{display:block;width:100%;min-height:6rem;padding:8px;border:1px solid #9ca3af;border-radius:6px;font:inherit}
button{margin-top:12px;min-height:44px;padding:8px 20px;border:0;border-radius:6px;background:#2563eb;color:#fff;font:inherit;font-weight:600}
button:focus-visible{outline:3px solid #111827;outline-offset:2px}
.problem{margin:0 0 12px;color:#b91c1c;font-weight:600}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (prefers-color-scheme:dark){body{background:#111827;color:#f9fafb}.card{background:#1f2937;border-color:#6b7280}.ends{color:#d1d5db}textarea{background:#111827;color:#f9fafb}}
`;

function document(language: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(language)}" dir="${directionOf(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** The page that says why a link is not taken, in the language it asked in: nothing was recorded. */
export function refusedPage(refusal: LinkRefusal | 'closed', language: string | null): string {
  const texts = pageTexts(language);
  const lang = texts === pageTexts('en') ? 'en' : (language as string);
  const [title, body] =
    refusal === 'expired'
      ? [texts.expiredTitle, texts.expiredBody]
      : refusal === 'closed'
        ? [texts.closedTitle, texts.closedBody]
        : [texts.invalidTitle, texts.invalidBody];
  return document(
    lang,
    title,
    `<div class="card"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p></div>`,
  );
}

/**
 * The hosted survey page: a plain form that works without JavaScript (each step a post to the page's own address,
 * which carries the link), inside `<nps-survey page>`, which the page's script turns into the widget's own survey.
 */
export function surveyPage(
  survey: SurveyDoc,
  asked: Asked,
  view: PageStep,
  { action, scriptUrl }: { action: string; scriptUrl: string | null },
): string {
  const t = surveyTexts(survey, asked.language);
  const page = pageTexts(asked.language);
  const question = t('question');
  // Whose survey this is, over it: the page's one heading of the first level.
  const brand = `<h1 class="brand">${escapeHtml(survey.brand)}</h1>`;
  if (view.step === 'thanks') {
    return document(
      asked.language,
      t('surveyLabel'),
      `${brand}<div class="card" role="status"><h2>${escapeHtml(t('thanks'))}</h2></div>`,
    );
  }
  const chosen = view.step === 'comment' ? view.score : asked.score;
  const radios = SCORES.map(
    (score) =>
      `<label><input type="radio" name="score" value="${score}"${score === chosen ? ' checked' : ''} required><span aria-hidden="true">${score}</span><span class="visually-hidden">${escapeHtml(t('scoreLabel', { score }))}</span></label>`,
  ).join('');
  const problem = view.problem
    ? `<p class="problem" role="alert">${escapeHtml(view.problem === 'chooseScore' ? page.chooseScore : page.failed)}</p>`
    : '';
  const followUp =
    view.step === 'comment'
      ? `<label class="q" for="comment">${escapeHtml(t(FOLLOW_UP[view.category]))}</label>
<textarea id="comment" name="comment" maxlength="2000" dir="auto" placeholder="${escapeHtml(t('commentPlaceholder'))}"></textarea>
<input type="hidden" name="answerId" value="${escapeHtml(view.answerId)}">`
      : `<input type="hidden" name="answerId" value="${randomUUID()}">`;
  const form = `<form class="card" method="post" action="${escapeHtml(action)}" lang="${escapeHtml(asked.language)}">
${problem}<fieldset><legend>${escapeHtml(question)}</legend><div class="scale">${radios}</div>
<div class="ends" aria-hidden="true"><span>${escapeHtml(t('scaleLow'))}</span><span>${escapeHtml(t('scaleHigh'))}</span></div></fieldset>
${followUp}
<button type="submit">${escapeHtml(view.step === 'comment' ? t('send') : page.next)}</button>
</form>`;
  // Read by the page's script; `<` written as \u003c, so that no text of the survey can close the script element.
  const data = JSON.stringify({
    config: publicConfig(survey),
    language: asked.language,
    market: asked.market,
    chosenScore: asked.score,
    answerUrl: action,
  }).replace(/</g, '\\u003c');
  const market = asked.market ? ` market="${escapeHtml(asked.market)}"` : '';
  // After a post, the form goes on as it began: the script would start the answer over.
  const script = scriptUrl
    ? `<script type="application/json" id="nps-page">${data}</script>
<script src="${escapeHtml(scriptUrl)}" defer></script>`
    : '';
  const element = `${brand}
<nps-survey page language="${escapeHtml(asked.language)}"${market}>
${form}
</nps-survey>
${script}`;
  return document(asked.language, `${t('surveyLabel')}: ${survey.brand}`, element);
}
