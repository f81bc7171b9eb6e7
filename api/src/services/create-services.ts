import { createAudit } from '../auth/audit.ts';
import { createAuth } from '../auth/auth.ts';
import { createPeople } from '../auth/people.ts';
import { createSessions } from '../auth/sessions.ts';
import type { Database } from '../db/database.ts';
import { type CountFeed, createCountFeed } from '../ingest/count-feed.ts';
import { createCustomerContacts } from '../ingest/customer-contacts.ts';
import { createHistoryImport } from '../ingest/history-import.ts';
import { createIngest } from '../ingest/ingest.ts';
import { createSubmissions } from '../ingest/submissions.ts';
import { createLeases } from '../ingest/writer-lease.ts';
import { createSurveyLinks } from '../links/survey-links.ts';
import type { Log } from '../logging.ts';
import { createModels, type Models } from '../models/index.ts';
import { createErasure } from '../privacy/erasure.ts';
import { createRetention } from '../privacy/retention.ts';
import { createSurveyDeletion } from '../privacy/survey-deletion.ts';
import { createAggregates } from '../reports/aggregates.ts';
import { createNps } from '../reports/nps.ts';
import { createResponses } from '../reports/responses.ts';
import { createThemes } from '../reports/themes.ts';
import { createSurveys } from '../surveys/surveys.ts';
import { createReclassification } from '../themes/reclassification.ts';
import { createWebhookDelivery } from '../webhooks/delivery/delivery.ts';
import { createWebhookOutbox } from '../webhooks/outbox.ts';
import { createWebhooks } from '../webhooks/subscriptions.ts';
import type { Services } from './index.ts';
import { createMetrics } from './metrics.ts';
import { createRateLimits, type RateLimitOptions } from './rate-limits.ts';

/** What one instance's services are made with (a part of the app's options). */
export interface ServiceOptions {
  readonly db: Database;
  /** This instance, as writer leases, count deltas and claims name it. */
  readonly instance: string;
  readonly log: Log;
  readonly adminToken: string;
  readonly rateLimits: RateLimitOptions;
  readonly signInLimits?: RateLimitOptions | undefined;
  readonly cacheCells?: number | undefined;
  readonly webhooksAllowPrivate?: boolean | undefined;
  readonly publicUrl?: string | undefined;
}

/**
 * Every service of one API instance, wired to each other over one database, in the order an answer travels. Not
 * started: the app starts the long-lived ones (the writer, the count feed, the delivery loop) before taking requests.
 */
export function createServices(options: ServiceOptions): {
  models: Models;
  services: Services;
  feed: CountFeed;
} {
  const { db, instance, log } = options;
  const models = createModels(db.connection);
  const leases = createLeases(models, instance);
  const metrics = createMetrics();
  const aggregates = createAggregates(models, {
    holder: instance,
    onLookup: (hit) => metrics.cacheLookup(hit),
    ...(options.cacheCells && { maxCells: options.cacheCells }),
  });
  const webhookOutbox = createWebhookOutbox(models, { holder: instance });
  const ingest = createIngest(models, aggregates, {
    holder: instance,
    leases,
    log,
    metrics,
    events: webhookOutbox,
  });
  metrics.read({
    queueDepth: () => ingest.queued,
    cached: () => aggregates.cached,
    databaseRestarts: () => db.embedded?.restarts ?? 0,
  });
  const feed = createCountFeed(models, aggregates, leases, log);
  const customerContacts = createCustomerContacts(models);
  const allowPrivate = options.webhooksAllowPrivate ?? false;
  const webhooks = createWebhooks(models, {
    allowPrivate,
    changed: (survey) => webhookOutbox.forget(survey),
  });
  const submissions = createSubmissions(models, ingest, customerContacts, webhookOutbox);
  // The public paths, and sign-in attempts per address and per account, counted over every instance.
  const rateLimits = createRateLimits(models, instance, leases, options.rateLimits, options.signInLimits);
  const surveys = createSurveys(models);
  const sessions = createSessions(models, rateLimits);
  const erasure = createErasure(models, ingest);
  const links = createSurveyLinks(models, surveys, submissions, customerContacts);
  const services: Services = {
    auth: createAuth(models, options.adminToken),
    sessions,
    people: createPeople(models, sessions),
    audit: createAudit(models),
    surveys,
    submissions,
    history: createHistoryImport(models, submissions),
    ingest,
    aggregates,
    nps: createNps(aggregates),
    themes: createThemes(models, aggregates, ingest),
    reclassification: createReclassification(models, ingest, log, () => leases.janitor),
    webhooks,
    webhookOutbox,
    webhookDelivery: createWebhookDelivery(models, webhooks, webhookOutbox, {
      holder: instance,
      allowPrivate,
      log,
      janitor: () => leases.janitor,
      liveHolders: () => leases.liveHolders(),
      busy: () => ingest.queued > 0,
      ...(options.publicUrl && { publicUrl: options.publicUrl }),
    }),
    responses: createResponses(models, webhookOutbox),
    rateLimits,
    customerContacts,
    erasure,
    links,
    surveyDeletion: createSurveyDeletion(surveys, erasure),
    retention: createRetention(models, leases, log),
    metrics,
  };

  return { models, services, feed };
}
