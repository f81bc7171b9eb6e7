import type { Database } from '../db/database.ts';
import type { SurveyLinkService } from '../links/survey-links.ts';
import type { AggregateService } from '../services/aggregates.ts';
import type { AuditService } from '../services/audit.ts';
import type { Auth, AuthService } from '../services/auth.ts';
import type { CustomerContactService } from '../services/customer-contacts.ts';
import type { ErasureService } from '../services/erasure.ts';
import type { HistoryImportService } from '../services/history-import.ts';
import type { IngestService } from '../services/ingest.ts';
import type { Metrics } from '../services/metrics.ts';
import type { NpsService } from '../services/nps.ts';
import type { PeopleService } from '../services/people.ts';
import type { RateLimits } from '../services/rate-limits.ts';
import type { ReclassificationService } from '../services/reclassification.ts';
import type { ResponseService } from '../services/responses.ts';
import type { RetentionService } from '../services/retention.ts';
import type { SessionService } from '../services/sessions.ts';
import type { SubmissionService } from '../services/submissions.ts';
import type { SurveyDeletionService } from '../services/survey-deletion.ts';
import type { SurveyService } from '../services/surveys.ts';
import type { ThemeService } from '../services/themes.ts';
import type { WebhookDeliveryService } from '../services/webhook-delivery.ts';
import type { WebhookOutbox } from '../services/webhook-outbox.ts';
import type { WebhookService } from '../services/webhooks.ts';

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

/** What every resolver receives, built once per request by the HTTP layer. */
export interface Context {
  readonly db: Database;
  readonly services: Services;
  readonly auth: Auth;
  /** Where the request came from: the client's address and the page's `Origin`, as the public paths check them. */
  readonly request: {
    readonly ip: string;
    readonly origin: string | undefined;
    /** This server's origin as people reach it (`NPS_PUBLIC_URL`, else the request's host): links start with it. */
    readonly base: string;
  };
  /** The answer's session cookie: set when a person signs in, cleared when they sign out. */
  readonly session: {
    set(token: string, maxAgeSeconds: number): void;
    clear(): void;
  };
  /** True in development: introspection and the IDE are open to all. */
  readonly development: boolean;
  /** Root fields (by response key) that browsers may cache, in seconds: see `plugins/public-cache.ts`. */
  readonly publicCache: Map<string, number>;
}
