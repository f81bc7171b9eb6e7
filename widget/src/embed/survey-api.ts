import type { SurveyConfig } from '../api/client.ts';
import type { NpsEventMap } from '../internal/events.ts';

type Attributes = Record<string, string | number | boolean | null>;

/** `window.npsSurvey`, for single-page apps: defined by the loader, which queues calls until the survey is here. */
export interface NpsSurveyApi {
  show(): void;
  hide(): void;
  /** Adds customer attributes (id, plan, ...) stored with the answer. */
  identify(customer: Attributes): void;
  on<K extends keyof NpsEventMap>(name: K, listener: (detail: NpsEventMap[K]) => void): void;
  /**
   * The site's consent manager's answer, with `data-consent="required"`: until `true`, the widget stores nothing and
   * shows nothing; `false` afterwards hides the survey and removes what it stored.
   */
  consent(granted: boolean): void;
  /** Removes everything the widget stored in this browser for the survey. */
  forget(): void;
}

declare global {
  interface Window {
    npsSurvey?: NpsSurveyApi;
  }
}

/** A call made to `window.npsSurvey` before the survey arrived, replayed in order once it has. */
export interface QueuedCall {
  readonly name: keyof NpsSurveyApi;
  readonly args: readonly unknown[];
}

/** What the loader hands the survey chunk. */
export interface SurveyStart {
  readonly script: HTMLScriptElement;
  readonly config: SurveyConfig;
  readonly calls: readonly QueuedCall[];
  /** When to show the survey (`performance.now()` time), if the visitor was drawn; else it waits for `show()`. */
  readonly showAt: number | undefined;
}

/** The survey chunk (`survey-<hash>.js`), loaded only for a visitor who is asked, or a page that places it. */
export interface SurveyChunk {
  start(options: SurveyStart): void;
}
