import type { Connection } from 'mongoose';
import { metaSchema } from './meta.model.ts';
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
    Meta: connection.model('Meta', metaSchema),
  };
}

export type Models = ReturnType<typeof createModels>;

/** Builds the models' indexes (idempotent), so that queries are indexed from the first request on MongoDB. */
export async function syncIndexes(models: Models): Promise<void> {
  await Promise.all(Object.values(models).map((model) => model.createIndexes()));
}
