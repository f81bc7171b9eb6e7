import type { Response } from '../models/response.model.ts';
import type { Delivery } from '../models/webhook-delivery.model.ts';
import type { ThemeCorrection } from '../themes/corrections.ts';

/** An answer as the writer stores it. */
export type Stored = Response & { _id: string };

/** What `amend`'s `themesOf` is given: the answer as it will be. */
export type Amendable = Pick<Stored, 'comment' | 'language' | 'category'> & {
  readonly themeCorrections?: readonly ThemeCorrection[] | null | undefined;
};

export type InsertOutcome = 'inserted' | 'duplicate';

/** What a change of an answer sets: its comment, its score, and its themes with their corrections. */
export type AnswerChange = Pick<Stored, 'comment' | 'score' | 'category' | 'themes' | 'themeCorrections'>;

/** What `amend` did: the answer as it now is, unless it is not stored. */
export type Amended =
  | { outcome: 'changed' | 'unchanged' | 'too many changes'; response: Stored }
  | { outcome: 'missing'; response?: undefined };

/**
 * The webhook events of what the writer stores (`webhooks/outbox.ts`): made and stored before an answer or a comment
 * change is acknowledged, and made again by a repair for those whose events may not have been stored.
 */
export interface IngestEvents {
  created(answer: Stored): Promise<Delivery[]>;
  commented(answer: Stored, change: string): Promise<Delivery[]>;
  store(deliveries: readonly Delivery[]): Promise<void>;
}

export const NO_EVENTS: IngestEvents = {
  created: async () => [],
  commented: async () => [],
  store: async () => {},
};
