import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import type { WidgetTextKey } from '../../api/__generated__/operations.ts';
import type { SubmitResponseInput, SurveyConfig } from '../../api/client.ts';
import { ApiError } from '../../api/client.ts';
import { LANGUAGE_NAMES } from '../../i18n/languages.ts';
import { LOCALES } from '../../i18n/locales/all.ts';
import { en } from '../../i18n/locales/en.ts';
import { overflowing, PSEUDO_LTR, PSEUDO_RTL, pseudoMessages, untranslatedTexts } from '../../i18n/pseudo.ts';
import type { NpsSurvey } from './nps-survey.component.ts';
import './nps-survey.ts';

type AccessibilityNode = { name: string; role: string; description?: string; children: AccessibilityNode[] };

const CONFIG: SurveyConfig = {
  siteKey: 'pk_test',
  brand: 'Kafe',
  languages: ['en', 'id', 'mk', 'ro', 'el', 'tr'],
  defaultLanguage: 'en',
  markets: ['ID', 'MK', 'RO', 'GR', 'CY', 'TR', 'US'],
  texts: [],
  recontactDays: 90,
  sampleRate: 1,
  delaySeconds: 0,
  active: true,
  customerAnsweredRecently: false,
};

async function survey(
  options: {
    language?: string;
    config?: SurveyConfig;
    send?: (input: SubmitResponseInput) => Promise<unknown>;
  } = {},
) {
  localStorage.clear();
  const sent: SubmitResponseInput[] = [];
  const el = await fixture<NpsSurvey>(html`
    <nps-survey
      language=${options.language ?? 'en'}
      .config=${options.config ?? CONFIG}
      .send=${options.send ?? (async (input: SubmitResponseInput) => void sent.push(input))}
    ></nps-survey>
  `);
  await el.updateComplete;
  return { el, sent };
}

const shadow = (el: NpsSurvey) => el.shadowRoot as ShadowRoot;
/** The answers kept on the device, not yet acknowledged. */
const outboxed = () =>
  (JSON.parse(localStorage.getItem('nps-survey:outbox') ?? '[]') as { input: SubmitResponseInput }[]).map(
    (entry) => entry.input,
  );

/** Colours are only what they are once the entry animation has run. */
async function settled(el: NpsSurvey): Promise<NpsSurvey> {
  await el.updateComplete;
  await Promise.all(
    shadow(el)
      .getAnimations()
      .map((animation) => animation.finished),
  );
  return el;
}
const scaleOf = (el: NpsSurvey) => shadow(el).querySelector('nps-scale');
const base = (el: NpsSurvey) => shadow(el).querySelector('[part="base"]') as HTMLElement;
const text = (el: NpsSurvey, selector: string) => shadow(el).querySelector(selector)?.textContent?.trim();

async function choose(el: NpsSurvey, score: number): Promise<void> {
  const scale = scaleOf(el);
  await scale?.updateComplete;
  scale?.shadowRoot?.querySelectorAll<HTMLButtonElement>('[role="radio"]')[score]?.click();
  await el.updateComplete;
  await aTimeout(0);
}

/** The tab switched away from, as a phone does with the browser in the background. */
function hidePage(): void {
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
  delete (document as { visibilityState?: unknown }).visibilityState;
}

async function sendComment(el: NpsSurvey, comment: string): Promise<void> {
  const field = shadow(el).querySelector('textarea') as HTMLTextAreaElement;
  field.value = comment;
  field.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
  shadow(el).querySelector<HTMLButtonElement>('[part~="primary"]')?.click();
  await el.updateComplete;
  await aTimeout(0);
}

describe('<nps-survey>', () => {
  describe('accessibility', () => {
    for (const language of Object.keys(LOCALES)) {
      it(`has no axe violations at any step in ${language}`, async () => {
        const { el } = await survey({ language });
        await expect(await settled(el)).to.be.accessible();
        await choose(el, 4);
        await expect(await settled(el)).to.be.accessible();
        await sendComment(el, 'ok');
        await expect(await settled(el)).to.be.accessible();
      });
    }
  });

  describe('the accessibility tree in Chromium', () => {
    for (const [language, messages] of Object.entries(LOCALES)) {
      it(`gives the end labels with the scale's ends in ${language}`, async () => {
        await survey({ language });
        const snapshot = (await a11ySnapshot({})) as unknown as AccessibilityNode;
        const score = (n: number) =>
          findAccessibilityNode<AccessibilityNode>(
            snapshot,
            (node) =>
              node.role === 'radio' && node.name === messages.scoreLabel.replace('{{score}}', String(n)),
          );
        expect(score(0)?.description).to.equal(messages.scaleLow);
        expect(score(10)?.description).to.equal(messages.scaleHigh);
        expect(score(5)?.description ?? '').to.equal('');
      });
    }
  });

  describe('ARIA and texts', () => {
    for (const [language, messages] of Object.entries(LOCALES)) {
      it(`asks in ${language}, with the brand, and names every control in ${language}`, async () => {
        const { el } = await survey({ language });
        const question = messages.question.replace('{{brand}}', 'Kafe');
        expect(text(el, '[part="question"]')).to.equal(question);
        expect(scaleOf(el)?.label).to.equal(question);
        expect(shadow(el).querySelector('[role="dialog"]')?.getAttribute('aria-label')).to.equal(
          messages.surveyLabel,
        );
        expect(shadow(el).querySelector('[part="close"]')?.getAttribute('aria-label')).to.equal(
          messages.close,
        );
        expect(shadow(el).querySelector('[role="dialog"]')?.getAttribute('lang')).to.equal(language);
      });
    }

    it('words the follow-up question for detractors, passives and promoters, and announces it', async () => {
      const wording = [];
      for (const score of [3, 8, 10]) {
        const { el } = await survey();
        await choose(el, score);
        await aTimeout(0);
        wording.push(text(el, 'label[part="question"]'));
        expect(text(el, '[role="status"]')).to.equal(wording.at(-1));
        expect(shadow(el).activeElement?.tagName).to.equal('TEXTAREA');
      }
      expect(wording).to.deep.equal([
        LOCALES.en.followUpDetractor,
        LOCALES.en.followUpPassive,
        LOCALES.en.followUpPromoter.replace('{{brand}}', 'Kafe'),
      ]);
    });

    it("counts the characters left with the language's plural forms", async () => {
      const { el } = await survey({ language: 'ro' });
      await choose(el, 9);
      const field = shadow(el).querySelector('textarea') as HTMLTextAreaElement;
      field.value = 'x'.repeat(1999);
      field.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect(text(el, '[part="counter"]')).to.equal('Mai aveți 1 caracter');
      field.value = 'x'.repeat(1990);
      field.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect(text(el, '[part="counter"]')).to.equal('Mai aveți 10 caractere');
    });

    it('writes the count as the language does, in Macedonian too, whose data Chromium lacks', async () => {
      const { el } = await survey({ language: 'mk' });
      await choose(el, 9);
      expect(text(el, '[part="counter"]')).to.equal('Уште 2.000 знаци');
    });

    it("uses the survey's own wording of any text, plural forms included", async () => {
      const config: SurveyConfig = {
        ...CONFIG,
        texts: [
          { language: 'tr', key: 'question', text: '{{brand}} hakkında ne düşünüyorsunuz?' },
          { language: 'tr', key: 'scaleHigh', text: 'Kesinlikle' },
          { language: 'tr', key: 'charactersLeft_other', text: '{{count}} harf daha yazabilirsiniz' },
        ],
      };
      const { el } = await survey({ language: 'tr', config });
      expect(text(el, '[part="question"]')).to.equal('Kafe hakkında ne düşünüyorsunuz?');
      expect(scaleOf(el)?.shadowRoot?.querySelector('#high')?.textContent).to.equal('Kesinlikle');
      expect(scaleOf(el)?.shadowRoot?.querySelector('#low')?.textContent).to.equal('Hiç olası değil');
      await choose(el, 3);
      expect(text(el, '[part="counter"]')).to.equal('2.000 harf daha yazabilirsiniz');
    });
  });

  describe('answers and events', () => {
    it('keeps the score on the device for its comment, and sends both in one request', async () => {
      const { el, sent } = await survey({ language: 'el-CY' });
      const scored = oneEvent(el, 'nps-score');
      await choose(el, 9);
      const { detail } = await scored;
      expect(detail).to.include({ score: 9, category: 'PROMOTER' });
      expect(sent).to.deep.equal([]);
      expect(outboxed()).to.have.length(1);
      expect(outboxed()[0]).to.include({ clientResponseId: detail.clientResponseId, score: 9 });

      const completed = oneEvent(el, 'nps-complete');
      await sendComment(el, '  Γρήγορη παράδοση ');
      await completed;
      expect(sent).to.have.length(1);
      expect(sent[0]).to.include({
        siteKey: 'pk_test',
        clientResponseId: detail.clientResponseId,
        score: 9,
        language: 'el',
        market: 'CY',
        comment: 'Γρήγορη παράδοση',
      });
      expect(outboxed()).to.deep.equal([]);
      expect(text(el, '[part="question"]')).to.equal(LOCALES.el.thanks);
    });

    const withoutComment: [string, (el: NpsSurvey) => void][] = [
      [
        'the comment is skipped',
        (el) => shadow(el).querySelector<HTMLButtonElement>('[part="button"]')?.click(),
      ],
      [
        'the survey is closed',
        (el) => shadow(el).querySelector<HTMLButtonElement>('[part="close"]')?.click(),
      ],
      ['the page is hidden', hidePage],
    ];
    for (const [when, act] of withoutComment) {
      it(`sends the score alone, once, when ${when}`, async () => {
        const { el, sent } = await survey();
        await choose(el, 6);
        expect(sent).to.deep.equal([]);
        act(el);
        act(el);
        await aTimeout(0);
        expect(sent).to.have.length(1);
        expect(sent[0]).to.include({ score: 6 });
        expect(sent[0]?.comment).to.equal(undefined);
      });
    }

    it('sends a comment typed but not sent when the visitor leaves the page, with its score, once', async () => {
      const { el, sent } = await survey();
      await choose(el, 4);
      const field = shadow(el).querySelector('textarea') as HTMLTextAreaElement;
      field.value = 'Left before sending';
      field.dispatchEvent(new InputEvent('input'));
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      await aTimeout(0);
      expect(sent).to.have.length(1);
      expect(sent[0]).to.include({ score: 4, comment: 'Left before sending' });
      // Back from the back-forward cache, the visitor presses Send: nothing new to send.
      shadow(el).querySelector<HTMLButtonElement>('[part~="primary"]')?.click();
      await aTimeout(0);
      expect(sent).to.have.length(1);
    });

    it('adds a comment written after its score was sent to the same answer', async () => {
      const { el, sent } = await survey();
      await choose(el, 3);
      hidePage();
      await sendComment(el, 'Back to say: too slow');
      expect(sent.map(({ score, comment }) => [score, comment ?? null])).to.deep.equal([
        [3, null],
        [3, 'Back to say: too slow'],
      ]);
      expect(sent[1]?.clientResponseId).to.equal(sent[0]?.clientResponseId);
    });

    it('keeps the answer and tells the visitor when the API cannot be reached', async () => {
      const { el } = await survey({ send: () => Promise.reject(new ApiError('offline', 'NETWORK', true)) });
      await choose(el, 2);
      await sendComment(el, 'Late delivery');
      await aTimeout(0);
      expect(shadow(el).textContent).to.contain(LOCALES.en.savedOffline);
      expect(outboxed()).to.have.length(1);
      expect(outboxed()[0]).to.include({ score: 2, comment: 'Late delivery' });
    });

    it("with a chosen score (an email's link), asks why at once and sends the score only when a person acts", async () => {
      localStorage.clear();
      const sent: SubmitResponseInput[] = [];
      const el = await fixture<NpsSurvey>(html`
        <nps-survey
          page
          language="tr"
          .chosenScore=${4}
          .config=${CONFIG}
          .send=${async (input: SubmitResponseInput) => void sent.push(input)}
        ></nps-survey>
      `);
      await el.updateComplete;
      expect(text(el, '[part="question"]')).to.equal(LOCALES.tr.followUpDetractor);
      // A mail gateway loads the page and may run it, even dispatch events: none of it is a person's.
      window.dispatchEvent(new PointerEvent('pointerdown'));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
      await aTimeout(20);
      expect(sent).to.deep.equal([]);

      expect(outboxed()).to.deep.equal([]);

      const scored = oneEvent(el, 'nps-score');
      await sendKeys({ press: 'Tab' });
      expect((await scored).detail).to.include({ score: 4, category: 'DETRACTOR' });
      expect(outboxed()[0]).to.include({ score: 4, language: 'tr' });

      await sendComment(el, 'Kargo geç geldi');
      expect(sent).to.have.length(1);
      expect(sent[0]).to.include({ score: 4, language: 'tr', comment: 'Kargo geç geldi' });
    });

    it('as the page itself, is a region with nothing to close', async () => {
      const el = await fixture<NpsSurvey>(
        html`<nps-survey page language="en" .config=${CONFIG}></nps-survey>`,
      );
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="base"]')?.getAttribute('role')).to.equal('region');
      expect(shadow(el).querySelector('[part="close"]')).to.equal(null);
    });

    it('fires nps-dismiss with the step when closed, and hides', async () => {
      const { el } = await survey();
      const dismissed = oneEvent(el, 'nps-dismiss');
      shadow(el).querySelector<HTMLButtonElement>('[part="close"]')?.click();
      expect((await dismissed).detail).to.deep.equal({ step: 'score' });
      expect(el.hidden).to.equal(true);
    });

    it('keeps the language chosen when the configuration is given again', async () => {
      const { el } = await survey({ language: 'en' });
      await el.setLanguage('tr');
      el.config = { ...CONFIG, texts: [{ language: 'tr', key: 'send', text: 'Yolla' }] };
      await el.updateComplete;
      await aTimeout(0);
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="base"]')?.getAttribute('lang')).to.equal('tr');
    });

    it('switches language from its own selector', async () => {
      const { el } = await survey();
      const select = shadow(el).querySelector('select') as HTMLSelectElement;
      select.value = 'mk';
      select.dispatchEvent(new Event('change'));
      await aTimeout(0);
      await el.updateComplete;
      expect(text(el, '[part="question"]')).to.equal(LOCALES.mk.question.replace('{{brand}}', 'Kafe'));
    });
  });

  describe('as a preview', () => {
    it('sends and keeps nothing, whatever is answered, and opens at the follow-up it is asked for', async () => {
      localStorage.clear();
      const sent: SubmitResponseInput[] = [];
      const el = await fixture<NpsSurvey>(html`
        <nps-survey
          preview
          language="el"
          .config=${CONFIG}
          .send=${async (input: SubmitResponseInput) => void sent.push(input)}
        ></nps-survey>
      `);
      await el.updateComplete;
      el.shadowRoot?.querySelector('nps-scale')?.shadowRoot?.querySelectorAll('button')[9]?.click();
      await el.updateComplete;
      el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="primary"]')?.click();
      await aTimeout(50);
      expect(sent).to.deep.equal([]);
      expect(localStorage.length).to.equal(0);

      el.previewScore = 3;
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('[part="question"]')?.textContent).to.equal(
        LOCALES.el.followUpDetractor.replace('{{brand}}', 'Kafe'),
      );
      el.previewScore = undefined;
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('nps-scale')).to.exist;
    });

    it('shows a text again as built in once its override is taken away', async () => {
      const el = await fixture<NpsSurvey>(html`
        <nps-survey preview language="en" .config=${{ ...CONFIG, texts: [{ language: 'en', key: 'send', text: 'Go' }] }}></nps-survey>
      `);
      el.previewScore = 10;
      await el.updateComplete;
      const send = () => el.shadowRoot?.querySelector('[part~="primary"]')?.textContent?.trim();
      expect(send()).to.equal('Go');
      el.config = { ...CONFIG, texts: [] };
      await el.updateComplete;
      expect(send()).to.equal(en.send);
    });
  });

  describe('theming', () => {
    it('takes its colours from custom properties on the host', async () => {
      const { el } = await survey();
      el.style.setProperty('--nps-accent', 'rgb(200, 0, 100)');
      el.style.setProperty('--nps-radius', '3px');
      await choose(el, 6);
      const send = shadow(el).querySelector('[part~="primary"]') as HTMLElement;
      expect(getComputedStyle(send).backgroundColor).to.equal('rgb(200, 0, 100)');
      expect(
        getComputedStyle(shadow(el).querySelector('[part="base"]') as HTMLElement).borderRadius,
      ).to.equal('3px');
    });
  });

  describe('in the pseudo-locales, 320 px wide', () => {
    const config: SurveyConfig = {
      ...CONFIG,
      texts: [PSEUDO_LTR, PSEUDO_RTL].flatMap((language) =>
        Object.entries(pseudoMessages(en)).map(([key, text]) => ({
          language,
          key: key as WidgetTextKey,
          text,
        })),
      ),
    };
    const allowed = [CONFIG.brand, ...Object.values(LANGUAGE_NAMES)];

    for (const language of [PSEUDO_LTR, PSEUDO_RTL]) {
      it(`shows no text outside i18n and nothing sticks out, at every step, in ${language}`, async () => {
        const { el } = await survey({ config });
        el.style.width = '320px';
        await el.setLanguage(language);
        await el.updateComplete;
        const base = () => shadow(el).querySelector('[part="base"]') as HTMLElement;
        for (const step of ['score', 'comment', 'thanks']) {
          expect(untranslatedTexts(shadow(el), allowed), step).to.deep.equal([]);
          expect(overflowing(shadow(el), base()), step).to.deep.equal([]);
          if (step === 'score') await choose(el, 3);
          if (step === 'comment') {
            shadow(el).querySelector<HTMLButtonElement>('[part~="primary"]')?.click();
            await el.updateComplete;
          }
        }
      });
    }

    it('lays out right to left in a right-to-left language: 0 at the right, arrows follow the reading', async () => {
      const { el } = await survey({ config });
      await el.setLanguage(PSEUDO_RTL);
      await el.updateComplete;
      expect(base(el).getAttribute('dir')).to.equal('rtl');
      const scale = scaleOf(el);
      await scale?.updateComplete;
      const options = [...(scale?.shadowRoot?.querySelectorAll<HTMLButtonElement>('[role="radio"]') ?? [])];
      const left = (i: number) => options[i]?.getBoundingClientRect().left ?? 0;
      expect(left(0)).to.be.greaterThan(left(10));
      options[0]?.focus();
      options[0]?.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }),
      );
      expect(scale?.shadowRoot?.activeElement).to.equal(options[1]);
      const close = shadow(el).querySelector('[part="close"]')?.getBoundingClientRect();
      expect(close?.left ?? 0).to.be.lessThan(base(el).getBoundingClientRect().left + 50);
    });
  });
});
