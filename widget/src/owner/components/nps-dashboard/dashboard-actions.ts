import type { NpsEventMap, ThemeChoice } from '../../../internal/events.ts';
import type { Comment, DashboardClient, View } from '../../dashboard/api/client.ts';

/** What the dashboard's actions need of it, as functions (its own members stay private). */
export interface DashboardParts {
  client(): DashboardClient | null;
  view(): View;
  /** Whether the survey shown allows reading its answers. */
  readsComments(): boolean;
  /** Reads again what a change affects. */
  refresh(parts: readonly ('report' | 'webhooks')[]): Promise<void>;
  /** A follow-up was recorded: its task leaves the queue at once. */
  followedUp(responseId: string): void;
  fail(error: unknown): void;
  requestUpdate(): void;
}

/**
 * What people do on the dashboard beyond choosing what it shows: open a theme's comments and correct their themes,
 * record a follow-up, add, test and delete webhook subscriptions. Each is an arrow function, for the panels' events
 * to call as it is; each failure is the dashboard's to say.
 */
export class DashboardActions {
  /** The theme whose comments the "why" panel shows (built-in, or the survey's own), and their comments. */
  theme: ThemeChoice | null = null;
  themeComments: Comment[] = [];
  /** The secret of the subscription just added: shown once. */
  webhookSecret: string | null = null;
  readonly #parts: DashboardParts;

  constructor(parts: DashboardParts) {
    this.#parts = parts;
  }

  /** Closes the theme's comments (the view changed under them). */
  forgetTheme(): void {
    this.theme = null;
  }

  selectTheme = (event: CustomEvent<NpsEventMap['nps-theme-select']>): Promise<void> => {
    const choice = event.detail;
    this.theme = choice.category ? (choice as ThemeChoice) : null;
    this.themeComments = [];
    return this.#run(() => this.#loadThemeComments());
  };

  /** An analyst's correction: saved, then the themes counted and the comments shown again, as now stored. */
  correctTheme = (event: CustomEvent<NpsEventMap['nps-theme-correct']>): Promise<void> => {
    const correction = event.detail;
    return this.#run(async (client) => {
      if ('code' in correction) {
        await client.correctCustomTheme(correction.responseId, correction.code, correction.present);
      } else await client.correctTheme(correction.responseId, correction.theme, correction.present);
      await Promise.all([this.#parts.refresh(['report']), this.#loadThemeComments()]);
    });
  };

  recordFollowUp = (event: CustomEvent<NpsEventMap['nps-follow-up-record']>): Promise<void> => {
    const { responseId, by, note, reasons } = event.detail;
    return this.#run(async (client) => {
      await client.recordFollowUp({ responseId, by, note, reasons });
      this.#parts.followedUp(responseId);
      await this.#parts.refresh(['report']);
    });
  };

  createWebhook = (event: CustomEvent<NpsEventMap['nps-webhook-create']>): Promise<void> => {
    const { url, events, format } = event.detail;
    return this.#run(async (client) => {
      this.webhookSecret = await client.createWebhook(this.#parts.view().surveyId, url, events, format);
      await this.#parts.refresh(['webhooks']);
    });
  };

  testWebhook = (event: CustomEvent<NpsEventMap['nps-webhook-test']>): Promise<void> =>
    this.#run(async (client) => {
      await client.testWebhook(event.detail.id);
      await this.#parts.refresh(['webhooks']);
    });

  deleteWebhook = (event: CustomEvent<NpsEventMap['nps-webhook-delete']>): Promise<void> =>
    this.#run(async (client) => {
      await client.deleteWebhook(event.detail.id);
      await this.#parts.refresh(['webhooks']);
    });

  /** The comments behind the chosen theme, unless another was chosen meanwhile. */
  async #loadThemeComments(): Promise<void> {
    const chosen = this.theme;
    const client = this.#parts.client();
    if (!chosen || !client || !this.#parts.readsComments()) return;
    const comments = await client.comments(
      this.#parts.view(),
      chosen.category,
      'theme' in chosen ? chosen.theme : null,
      'code' in chosen ? chosen.code : null,
    );
    if (this.theme === chosen) this.themeComments = comments;
  }

  async #run(action: (client: DashboardClient) => Promise<void>): Promise<void> {
    const client = this.#parts.client();
    if (!client) return;
    this.#parts.requestUpdate();
    try {
      await action(client);
    } catch (error) {
      this.#parts.fail(error);
    } finally {
      this.#parts.requestUpdate();
    }
  }
}
