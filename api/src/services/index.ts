import type { SurveyLinkService } from '../links/survey-links.ts';
import type { WebhookDeliveryService } from '../webhooks/delivery.ts';
import type { WebhookOutbox } from '../webhooks/outbox.ts';
import type { WebhookService } from '../webhooks/subscriptions.ts';
import type { AggregateService } from './aggregates.ts';
import type { AuditService } from './audit.ts';
import type { AuthService } from './auth.ts';
import type { CustomerContactService } from './customer-contacts.ts';
import type { ErasureService } from './erasure.ts';
import type { HistoryImportService } from './history-import.ts';
import type { IngestService } from './ingest.ts';
import type { Metrics } from './metrics.ts';
import type { NpsService } from './nps.ts';
import type { PeopleService } from './people.ts';
import type { RateLimits } from './rate-limits.ts';
import type { ReclassificationService } from './reclassification.ts';
import type { ResponseService } from './responses.ts';
import type { RetentionService } from './retention.ts';
import type { SessionService } from './sessions.ts';
import type { SubmissionService } from './submissions.ts';
import type { SurveyDeletionService } from './survey-deletion.ts';
import type { SurveyService } from './surveys.ts';
import type { ThemeService } from './themes.ts';

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
