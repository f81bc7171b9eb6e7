import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Overrides } from '../../../i18n/i18n.controller.ts';
import { formatDate } from '../../../i18n/intl.ts';
import { emit } from '../../../internal/events.ts';
import {
  type DashboardWebhook,
  WEBHOOK_EVENTS,
  type WebhookEvent,
  type WebhookFormat,
} from '../../dashboard/api/client.ts';
import { dashboardI18n, followTexts } from '../../dashboard/i18n/dashboard-i18n.ts';
import type { DashboardMessages } from '../../dashboard/i18n/en.ts';
import { styles } from './nps-webhooks-panel.styles.ts';

const FORMATS: readonly WebhookFormat[] = ['JSON', 'SLACK'];

/**
 * A survey's webhook subscriptions: each one's receiver, events and format, its health (delivering, failing since
 * when, disabled) and its last deliveries, with a test send and a delete; and a form that adds one. The secret of a
 * new subscription is shown once, as given (`secret`). The page makes the requests.
 *
 * @fires nps-webhook-create - The form was filled in: url, events, format.
 * @fires nps-webhook-test - A test send was asked for.
 * @fires nps-webhook-delete - A subscription is to be deleted.
 * @csspart webhook - One subscription.
 * @csspart health - Its health (also `failing` or `disabled`).
 * @csspart secret - The new subscription's secret.
 * @csspart form - The form that adds one.
 * @cssproperty --nps-dashboard-accent - Buttons and focus.
 * @cssproperty --nps-dashboard-radius - Corner radius of a subscription.
 */
export class NpsWebhooksPanel extends LitElement {
  static override styles = styles;

  private readonly i18n = dashboardI18n(this);

  /** Whether the form was sent without an event. */
  @state() private missingEvents = false;

  /** The survey's subscriptions, newest first. */
  @property({ attribute: false }) webhooks: readonly DashboardWebhook[] = [];

  /** The secret of the subscription just added, to show once; null otherwise. */
  @property({ attribute: false }) secret: string | null = null;

  /** Language of the panel's own texts. */
  @property() language = 'en';

  /** Texts worded otherwise, per language (the dashboard's own). */
  @property({ attribute: false }) texts: Overrides<DashboardMessages> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    void followTexts(this.i18n, changed, this);
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const events = data.getAll('events') as WebhookEvent[];
    this.missingEvents = events.length === 0;
    if (this.missingEvents) return;
    emit(this, 'nps-webhook-create', {
      url: String(data.get('url') ?? '').trim(),
      events,
      format: (data.get('format') as WebhookFormat | null) ?? 'JSON',
    });
    form.reset();
  }

  private date(iso: string): string {
    return formatDate(iso, this.language, { dateStyle: 'medium', timeStyle: 'short' });
  }

  private renderHealth(webhook: DashboardWebhook) {
    if (!webhook.enabled) return html`<span part="health disabled">${this.i18n.t('webhookDisabled')}</span>`;
    if (webhook.failingSince) {
      return html`<span part="health failing">${this.i18n.t('webhookFailing', { date: this.date(webhook.failingSince) })}</span>`;
    }
    return html`<span part="health">${this.i18n.t('webhookWorking')}</span>`;
  }

  private renderWebhook(webhook: DashboardWebhook) {
    return html`<li part="webhook" data-webhook-id=${webhook.id}>
      <p class="url" dir="ltr">${webhook.url}</p>
      <p>${this.renderHealth(webhook)} · ${this.i18n.t(`format_${webhook.format}`)} · ${webhook.events.map((event) => this.i18n.t(`event_${event}`)).join(', ')}</p>
      ${
        webhook.deliveries.length
          ? html`<table>
            <caption>${this.i18n.t('lastDeliveries')}</caption>
            <tbody>
              ${webhook.deliveries.map(
                (delivery) => html`<tr>
                  <td>${this.date(delivery.createdAt)}</td>
                  <td>${this.i18n.t(`event_${delivery.event}`)}</td>
                  <td>${this.i18n.t(`delivery_${delivery.status}`)}</td>
                  <td>${delivery.lastStatus ?? '–'}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
          : nothing
      }
      <div class="actions">
        <button class="button" @click=${() => emit(this, 'nps-webhook-test', { id: webhook.id })}>${this.i18n.t('testWebhook')}</button>
        <button class="button" @click=${() => emit(this, 'nps-webhook-delete', { id: webhook.id })}>${this.i18n.t('deleteWebhook')}</button>
      </div>
    </li>`;
  }

  override render() {
    return html`<p class="muted">${this.i18n.t('webhooksHelp')}</p>
      ${
        this.secret
          ? html`<p part="secret" role="status">${this.i18n.t('webhookSecret')} <code dir="ltr">${this.secret}</code></p>`
          : nothing
      }
      ${
        this.webhooks.length
          ? html`<ul>${repeat(
              this.webhooks,
              (webhook) => webhook.id,
              (webhook) => this.renderWebhook(webhook),
            )}</ul>`
          : html`<p class="muted">${this.i18n.t('noWebhooks')}</p>`
      }
      <form part="form" @submit=${this.handleSubmit}>
        <label>${this.i18n.t('webhookUrl')}
          <input type="url" name="url" required pattern="https://.*" autocomplete="off" dir="ltr" /></label>
        <fieldset aria-describedby=${this.missingEvents ? 'events-required' : nothing}>
          <legend>${this.i18n.t('webhookEvents')}</legend>
          ${WEBHOOK_EVENTS.map(
            (event) =>
              html`<label class="check"><input type="checkbox" name="events" value=${event} /> ${this.i18n.t(`event_${event}`)}</label>`,
          )}
          ${this.missingEvents ? html`<p id="events-required" role="alert">${this.i18n.t('eventsRequired')}</p>` : nothing}
        </fieldset>
        <label>${this.i18n.t('webhookFormat')}
          <select name="format">${FORMATS.map((format) => html`<option value=${format}>${this.i18n.t(`format_${format}`)}</option>`)}</select></label>
        <button class="button primary" type="submit">${this.i18n.t('addWebhook')}</button>
      </form>`;
  }
}
