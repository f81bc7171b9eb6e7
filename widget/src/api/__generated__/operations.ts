/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** 0-6 detractors, 7-8 passives, 9-10 promoters. */
export type NpsCategory =
  | 'DETRACTOR'
  | 'PASSIVE'
  | 'PROMOTER';

export type SubmitResponseInput = {
  /** A flat object of customer attributes: at most 20 keys (letters, digits, `_`, `-`; 40 characters), each a string (200 characters), number, boolean or null. */
  attributes?: unknown;
  /** A UUID made in the browser: a resubmit of the same answer is not counted twice, and adds its comment. */
  clientResponseId: string | number;
  /** The answer to the follow-up question, at most 2000 characters; stored and returned as plain text. */
  comment?: string | null | undefined;
  /** BCP 47 tag (`el`, `el-CY`); stored as the survey language it names. */
  language: string;
  /** Market code (`TR`, `GR`, `CY`, ...); one of the survey's markets. When left out, the region of `language`, if it is one. */
  market?: string | null | undefined;
  /** The page the answer was given on (http or https, at most 2048 characters). */
  pageUrl?: string | null | undefined;
  /** 0 to 10. */
  score: number;
  /** Public key of the survey, from the script tag. */
  siteKey: string;
};

/**
 * A text of the widget, by its key in the widget's English source. A plural text has one key per plural form
 * (`charactersLeft_one`, `charactersLeft_few`, ...): give the forms the language uses (Unicode CLDR).
 */
export type WidgetTextKey =
  | 'charactersLeft_few'
  | 'charactersLeft_many'
  | 'charactersLeft_one'
  | 'charactersLeft_other'
  | 'charactersLeft_two'
  | 'charactersLeft_zero'
  | 'close'
  | 'commentPlaceholder'
  | 'followUpDetractor'
  | 'followUpPassive'
  | 'followUpPromoter'
  | 'language'
  | 'question'
  | 'savedOffline'
  | 'scaleHigh'
  | 'scaleLow'
  | 'scoreLabel'
  | 'send'
  | 'skip'
  | 'surveyLabel'
  | 'thanks';

export type SurveyConfigQueryVariables = Exact<{
  siteKey: string;
  customer?: string | null | undefined;
}>;


export type SurveyConfigQuery = { surveyConfig: { siteKey: string, brand: string, languages: Array<string>, defaultLanguage: string, markets: Array<string>, recontactDays: number, sampleRate: number, delaySeconds: number, active: boolean, customerAnsweredRecently: boolean, texts: Array<{ language: string, key: WidgetTextKey, text: string }> } };

export type SubmitResponseMutationVariables = Exact<{
  input: SubmitResponseInput;
}>;


export type SubmitResponseMutation = { submitResponse: { duplicate: boolean, response: { id: string, category: NpsCategory } } };
