import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NotFoundError } from '../errors.ts';
import type { SurveyDoc } from '../models/survey.model.ts';
import type { Services } from '../services/index.ts';
import { BRAND } from './shop-content.ts';

export const DEMO_LANGUAGES = ['en', 'id', 'mk', 'ro', 'el', 'tr'];
export const DEMO_MARKETS = ['US', 'ID', 'MK', 'RO', 'GR', 'CY', 'TR'];

/**
 * The demo shop's survey: made on the first start, its id kept in the data folder, and its allowed origins kept
 * in step with where the API now listens (the port may change between starts).
 */
export async function ensureDemoSurvey(
  surveys: Services['surveys'],
  dataDir: string,
  origins: readonly string[],
): Promise<{ survey: SurveyDoc; created: boolean }> {
  const file = join(dataDir, 'demo-survey.json');
  const id = await readFile(file, 'utf8').then(
    (text) => (JSON.parse(text) as { id: string }).id,
    () => undefined,
  );
  if (id) {
    try {
      const survey = await surveys.get(id);
      const missing = origins.filter((origin) => !survey.allowedOrigins.includes(origin));
      if (!missing.length) return { survey, created: false };
      return {
        survey: await surveys.update(id, { allowedOrigins: [...survey.allowedOrigins, ...missing] }),
        created: false,
      };
    } catch (error) {
      // The database was reset under a kept data folder: make the survey again.
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
  const survey = await surveys.create({
    brand: BRAND,
    languages: DEMO_LANGUAGES,
    defaultLanguage: 'en',
    markets: DEMO_MARKETS,
    allowedOrigins: [...origins],
    // A demo is answered again and again by the same person.
    recontactDays: 0,
  });
  await writeFile(file, `${JSON.stringify({ id: survey.id })}\n`);
  return { survey, created: true };
}
