import type { AuditService } from '../auth/audit.ts';
import type { AuthService } from '../auth/auth.ts';
import type { PeopleService } from '../auth/people.ts';
import type { SessionService } from '../auth/sessions.ts';
import type { CustomerContactService } from '../ingest/customer-contacts.ts';
import type { HistoryImportService } from '../ingest/history-import.ts';
import type { IngestService } from '../ingest/ingest.ts';
import type { SubmissionService } from '../ingest/submissions.ts';
import type { SurveyLinkService } from '../links/survey-links.ts';
import type { ErasureService } from '../privacy/erasure.ts';
import type { RetentionService } from '../privacy/retention.ts';
import type { SurveyDeletionService } from '../privacy/survey-deletion.ts';
import type { AggregateService } from '../reports/aggregates.ts';
import type { NpsService } from '../reports/nps.ts';
import type { ResponseService } from '../reports/responses.ts';
import type { ThemeService } from '../reports/themes.ts';
import type { SurveyService } from '../surveys/surveys.ts';
import type { ReclassificationService } from '../themes/reclassification.ts';
import type { WebhookDeliveryService } from '../webhooks/delivery/delivery.ts';
import type { WebhookOutbox } from '../webhooks/outbox.ts';
import type { WebhookService } from '../webhooks/subscriptions.ts';
import type { Metrics } from './metrics.ts';
import type { RateLimits } from './rate-limits.ts';

/** The services, built once when the API starts. */
export interface Services {
  readonly auth: AuthService;
  readonly sessions: SessionService;
  readonly people: PeopleService;
  readonly audit: AuditService;
  readonly surveys: SurveyService;
  readonly submissions: SubmissionService;
  readonly history: HistoryImportService;
  readonly ingest: IngestService;
  readonly aggregates: AggregateService;
  readonly nps: NpsService;
  readonly themes: ThemeService;
  readonly reclassification: ReclassificationService;
  readonly webhooks: WebhookService;
  readonly webhookOutbox: WebhookOutbox;
  readonly webhookDelivery: WebhookDeliveryService;
  readonly responses: ResponseService;
  readonly rateLimits: RateLimits;
  readonly customerContacts: CustomerContactService;
  readonly erasure: ErasureService;
  readonly surveyDeletion: SurveyDeletionService;
  /** Signed links, the email snippet and the hosted survey page's answers. */
  readonly links: SurveyLinkService;
  readonly retention: RetentionService;
  readonly metrics: Metrics;
}
