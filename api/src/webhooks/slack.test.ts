import { describe, expect, it } from 'vitest';
import type { EventResponse } from './events.ts';
import { slackPayload } from './slack.ts';

const RESPONSE: EventResponse = {
  id: 's:1',
  score: 2,
  category: 'DETRACTOR',
  comment: '*bold* <https://evil.example|click> & Πολύ ακριβό',
  language: 'el',
  market: 'CY',
  createdAt: new Date('2026-11-26T10:00:00Z'),
  themes: ['PRICE'],
  followUp: null,
  revision: 0,
};

describe('Slack messages', () => {
  it("are written in the survey's language, the comment as plain text, with a link to the dashboard filtered to it", () => {
    const message = JSON.parse(
      slackPayload('RESPONSE_CREATED', RESPONSE, {
        brand: 'Kafe',
        language: 'el',
        dashboardUrl: 'https://nps.example/dashboard',
      }),
    ) as {
      text: string;
      blocks: {
        type: string;
        text?: { type: string; text: string };
        elements?: { url?: string; text: string | { text: string } }[];
      }[];
    };
    expect(message.text).toBe('Νέα απάντηση για Kafe: 2/10, Επικριτής');
    const comment = message.blocks.find((block) => block.text?.text === RESPONSE.comment);
    expect(comment?.text?.type).toBe('plain_text');
    expect(message.blocks.every((block) => block.text?.type !== 'mrkdwn')).toBe(true);
    const button = message.blocks.find((block) => block.type === 'actions')?.elements?.[0];
    expect(button?.url).toBe('https://nps.example/dashboard?language=el&market=CY');
    const context = message.blocks.find((block) => block.type === 'context')?.elements?.[0];
    expect(context?.text).toMatch(/Κύπρος/);
  });

  it('say how long an overdue detractor has waited, and who followed one up and why', () => {
    const overdue = JSON.parse(
      slackPayload('DETRACTOR_OVERDUE', RESPONSE, {
        brand: 'Kafe',
        language: 'tr',
        dashboardUrl: 'https://nps.example/dashboard',
        overdueHours: 20,
      }),
    ) as { text: string };
    expect(overdue.text).toBe('Kafe eleştireni 20 saattir geri dönüş almadı: 2/10');
    // The hours in the plural form each language gives that number.
    const after = (language: string, overdueHours: number) =>
      (
        JSON.parse(
          slackPayload('DETRACTOR_OVERDUE', RESPONSE, {
            brand: 'Kafe',
            language,
            dashboardUrl: 'https://nps.example/',
            overdueHours,
          }),
        ) as { text: string }
      ).text;
    expect(after('en', 1)).toBe('Detractor for Kafe not followed up after 1 hour: 2/10');
    expect(after('mk', 1)).toContain('по 1 час:');
    expect(after('mk', 20)).toContain('по 20 часа:');
    expect(after('el', 1)).toContain('μετά από 1 ώρα:');
    expect(after('ro', 1)).toContain('după 1 oră:');
    expect(after('ro', 2)).toContain('după 2 ore:');
    expect(after('ro', 20)).toContain('după 20 de ore:');
    const followedUp = slackPayload(
      'FOLLOW_UP_RECORDED',
      { ...RESPONSE, followUp: { at: new Date(), by: 'Ana', reasons: ['PRICE', 'STAFF'], note: null } },
      { brand: 'Kafe', language: 'en', dashboardUrl: 'https://nps.example/dashboard' },
    );
    expect(followedUp).toContain('Followed up by Ana: Price, Staff');
    // Announced as a follow-up, never as a new answer, in every language.
    for (const language of ['en', 'id', 'mk', 'ro', 'el', 'tr']) {
      const { text } = JSON.parse(
        slackPayload('FOLLOW_UP_RECORDED', RESPONSE, {
          brand: 'Kafe',
          language,
          dashboardUrl: 'https://nps.example/',
        }),
      ) as { text: string };
      const created = JSON.parse(
        slackPayload('RESPONSE_CREATED', RESPONSE, {
          brand: 'Kafe',
          language,
          dashboardUrl: 'https://nps.example/',
        }),
      ) as { text: string };
      expect(text, language).not.toBe(created.text);
      expect(text, language).toContain('Kafe');
    }
    expect(JSON.parse(followedUp).text).toBe('Detractor for Kafe followed up: 2/10');
  });
});
