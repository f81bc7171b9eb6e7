import type { Connection } from 'mongoose';
import { ingestJournalSchema } from './ingest-journal.model.ts';
import { npsDailySchema } from './nps-daily.model.ts';
import { responseSchema } from './response.model.ts';
import { surveySchema } from './survey.model.ts';
import { tokenSchema } from './token.model.ts';

/** The models, bound to one connection (each test file has its own database, so nothing is global). */
export function createModels(connection: Connection) {
  return {
    Survey: connection.model('Survey', surveySchema),
    Response: connection.model('Response', responseSchema),
    NpsDaily: connection.model('NpsDaily', npsDailySchema),
    Token: connection.model('Token', tokenSchema),
    IngestJournal: connection.model('IngestJournal', ingestJournalSchema),
  };
}

export type Models = ReturnType<typeof createModels>;

/** Builds the models' indexes (idempotent), so that queries are indexed from the first request on MongoDB. */
export async function syncIndexes(models: Models): Promise<void> {
  await Promise.all(Object.values(models).map((model) => model.createIndexes()));
}

/**
 * FerretDB 1.24 never answers an update command of 100 or more statements (and the connection stays stuck), so
 * bulk updates go out in chunks well below that. Harmless on MongoDB.
 */
export const BULK_UPDATE_CHUNK = 50;
