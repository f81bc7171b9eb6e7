import type { ConsoleSurvey } from './client.ts';

/** A survey as the console reads it, for the console's component tests: a Greek and Turkish coffee shop. */
export function consoleSurvey(overrides: Partial<ConsoleSurvey> = {}): ConsoleSurvey {
  return {
    id: 's1',
    siteKey: 'pk_1',
    brand: 'Kafe',
    languages: ['el', 'tr'],
    defaultLanguage: 'el',
    markets: ['GR', 'CY'],
    allowedOrigins: ['https://shop.example'],
    recontactDays: 90,
    retentionDays: null,
    sampleRate: 1,
    delaySeconds: 0,
    minResponses: 30,
    active: true,
    archived: false,
    access: ['REPORTS', 'SETTINGS'],
    version: 3,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    texts: [],
    customThemes: [],
    themeCues: [],
    reclassification: null,
    ...overrides,
  };
}
