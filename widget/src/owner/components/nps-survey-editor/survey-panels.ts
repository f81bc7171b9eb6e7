import type { ReactiveControllerHost } from 'lit';
import { ApiError } from '../../../api/client.ts';
import type { MessageKey } from '../../../i18n/i18n.controller.ts';
import type { NpsEventMap } from '../../../internal/events.ts';
import type {
  ConsoleClient,
  ConsoleSurvey,
  Installation,
  People,
  ReadToken,
  SurveyLinks,
  ThemeSuggestion,
} from '../../console/api/client.ts';
import type { ConsoleMessages } from '../../console/i18n/en.ts';
import type { Tab } from '../../console/survey-tabs.ts';

/** What the panels' data needs of the element that shows them. */
export interface PanelsHost extends Pick<ReactiveControllerHost, 'requestUpdate'> {
  readonly client: ConsoleClient | null;
  readonly survey: ConsoleSurvey | null;
  /** Says what went wrong, in the console's words. */
  fail(error: unknown): void;
  /** Says one of the console's texts, as an alert. */
  refuse(key: MessageKey<ConsoleMessages>): void;
}

/**
 * What a survey's tabs show beyond the survey itself, read when a tab opens and changed by its panel's events: the
 * install check, the cue words suggested, the read tokens, the people and the links made. A value shown once (a new
 * token's secret, an invitation's link) is forgotten when another tab opens. Its handlers are arrow functions: the
 * panels' events call them as they are.
 */
export class SurveyPanels {
  installations: Installation[] = [];
  /** What the survey's corrections suggest as cue words. */
  suggestions: ThemeSuggestion[] = [];
  tokens: ReadToken[] = [];
  /** The secret of the token just made: shown once. */
  createdToken: string | null = null;
  people: People | null = null;
  /** The link of the invitation just made: shown once. */
  inviteLink: string | null = null;
  /** The links last made in the links tab, and whether its key was just rotated. */
  links: SurveyLinks | null = null;
  linkKeyRotated = false;

  readonly #host: PanelsHost;

  constructor(host: PanelsHost) {
    this.#host = host;
  }

  /** Forgets what was shown once and reads what `tab` shows. */
  open(tab: Tab): void {
    this.createdToken = null;
    this.inviteLink = null;
    this.links = null;
    this.linkKeyRotated = false;
    if (tab === 'install') void this.loadInstallations();
    if (tab === 'themes') void this.loadSuggestions();
    if (tab === 'tokens') void this.#loadTokens();
    if (tab === 'people') void this.#loadPeople();
    this.#host.requestUpdate();
  }

  /** What the survey's corrections suggest, for those who may read its answers (the others see none). */
  loadSuggestions = async (): Promise<void> => {
    this.suggestions = [];
    if (!this.#host.survey?.access.includes('COMMENTS')) return;
    await this.#request(async (client, survey) => {
      this.suggestions = await client.themeSuggestions(survey.id);
    });
  };

  loadInstallations = (): Promise<void> =>
    this.#request(async (client, survey) => {
      this.installations = await client.installations(survey.id);
    });

  #loadTokens = (): Promise<void> =>
    this.#request(async (client, survey) => {
      this.tokens = await client.readTokens(survey.id);
    });

  #loadPeople = (): Promise<void> =>
    this.#request(async (client, survey) => {
      this.people = await client.people(survey.id);
    });

  invite = (event: CustomEvent<NpsEventMap['nps-member-invite']>): Promise<void> =>
    this.#request(async (client, survey) => {
      const code = await client.invite(survey.id, event.detail.email, event.detail.role);
      this.inviteLink = `${location.origin}${location.pathname}#invite=${code}`;
      await this.#loadPeople();
    }, 'errorEmail');

  setRole = (event: CustomEvent<NpsEventMap['nps-member-role']>): Promise<void> =>
    this.#request(async (client, survey) => {
      await client.setRole(survey.id, event.detail.userId, event.detail.role);
      await this.#loadPeople();
    });

  revokeInvitation = (event: CustomEvent<NpsEventMap['nps-invitation-revoke']>): Promise<void> =>
    this.#request(async (client) => {
      await client.revokeInvitation(event.detail.id);
      await this.#loadPeople();
    });

  makeLinks = (event: CustomEvent<NpsEventMap['nps-links-make']>): Promise<void> =>
    this.#request(async (client, survey) => {
      this.links = await client.surveyLinks(survey.id, event.detail);
    }, 'errorInput');

  rotateLinkKey = (): Promise<void> =>
    this.#request(async (client, survey) => {
      await client.rotateLinkKey(survey.id);
      this.links = null;
      this.linkKeyRotated = true;
    });

  createToken = (event: CustomEvent<NpsEventMap['nps-token-create']>): Promise<void> =>
    this.#request(async (client, survey) => {
      this.createdToken = (await client.createReadToken(survey.id, event.detail.label)).token;
      await this.#loadTokens();
    }, 'errorInput');

  revokeToken = (event: CustomEvent<NpsEventMap['nps-token-revoke']>): Promise<void> =>
    this.#request(async (client) => {
      await client.revokeReadToken(event.detail.id);
      await this.#loadTokens();
    });

  /**
   * Runs a request of the open survey's, then shows what it changed; a refused input is said by `refused`, any other
   * failure by the console.
   */
  async #request(
    request: (client: ConsoleClient, survey: ConsoleSurvey) => Promise<void>,
    refused?: MessageKey<ConsoleMessages>,
  ): Promise<void> {
    const { client, survey } = this.#host;
    if (!client || !survey) return;
    try {
      await request(client, survey);
    } catch (error) {
      if (refused && error instanceof ApiError && error.code === 'BAD_USER_INPUT') this.#host.refuse(refused);
      else this.#host.fail(error);
    } finally {
      this.#host.requestUpdate();
    }
  }
}
