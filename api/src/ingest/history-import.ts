import type { SubmitResponseInput } from '@nps/schema/types';
import { parse } from 'csv-parse/sync';
import { ApiError, BadUserInputError } from '../errors.ts';
import { findByIds, type Models } from '../models/index.ts';
import {
  CHANNELS,
  type Channel,
  derivedClientResponseId,
  MAX_ATTRIBUTES,
  responseId,
} from '../models/response.model.ts';
import type { SurveyDoc } from '../models/survey.model.ts';
import type { SubmissionService } from './submissions.ts';

/** One past answer, checked and ready to store: the line it came from, for errors and progress. */
export interface HistoryRow {
  readonly line: number;
  readonly clientResponseId: string;
  readonly createdAt: Date;
  readonly score: number;
  readonly comment: string | null;
  readonly language: string;
  readonly market: string | null;
  /** Ours export it; others' answers are taken as the widget's. */
  readonly channel: Channel;
  readonly attributes: Record<string, string> | null;
}

/**
 * What each column can be called: ours, and those of Delighted's and Formbricks' exports (Delighted: `Response ID`,
 * `Email`, `Score`, `Comment`, `Created At`; Formbricks: `Response ID`, `Timestamp`, `User ID`, and each question's
 * text as its header, found by what it asks). Headers are compared lower-cased, trimmed.
 */
const COLUMNS = {
  id: ['response id', 'response_id', 'id'],
  date: ['date', 'created at', 'created_at', 'createdat', 'timestamp', 'submitted at', 'response time'],
  score: ['score', 'nps', 'nps score', 'rating'],
  comment: ['comment', 'comments', 'feedback', 'reason'],
  language: ['language', 'lang', 'locale'],
  market: ['market', 'country', 'country code'],
  channel: ['channel'],
  customer: ['customer id', 'customer_id', 'customerid', 'user id', 'userid', 'person id', 'email'],
} as const;
/** Formbricks names a column by its question: the NPS one, and the open one after it. */
const SCORE_QUESTION = /recommend/i;
const COMMENT_QUESTION = /\b(why|reason|tell us|comment|improve)\b/i;
/** Columns of the exports that describe the export, not the answer. */
const IGNORED = new Set([
  'updated at',
  'permalink',
  'finished',
  'survey id',
  'formbricks id (internal)',
  'notes',
]);

type Role = keyof typeof COLUMNS;

function roles(headers: readonly string[]): Map<number, Role> {
  const found = new Map<number, Role>();
  const taken = new Set<Role>();
  headers.forEach((header, index) => {
    const name = header.trim().toLowerCase();
    const role = (Object.keys(COLUMNS) as Role[]).find(
      (r) => !taken.has(r) && (COLUMNS[r] as readonly string[]).includes(name),
    );
    if (role) {
      found.set(index, role);
      taken.add(role);
    }
  });
  headers.forEach((header, index) => {
    if (found.has(index)) return;
    if (!taken.has('score') && SCORE_QUESTION.test(header)) {
      found.set(index, 'score');
      taken.add('score');
    } else if (!taken.has('comment') && COMMENT_QUESTION.test(header)) {
      found.set(index, 'comment');
      taken.add('comment');
    }
  });
  return found;
}

/**
 * A date as exports write it, and nothing else: `YYYY-MM-DD[( |T)HH:MM[:SS[.fff]]]`, in UTC unless it ends in `Z` or
 * an offset (`+02:00`, `+0200`). A day or time that does not exist (`2026-02-30`, `24:00`) is no date, rather than
 * the one JavaScript would roll it over to; so are other forms (`09/01/2026`, `Sep 1 2026`), whose order is a guess.
 */
const DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseDate(text: string): Date | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone = 'Z'] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as number[] as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const utc = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const exists =
    utc.getUTCFullYear() === year &&
    utc.getUTCMonth() === month - 1 &&
    utc.getUTCDate() === day &&
    utc.getUTCHours() === hour &&
    utc.getUTCMinutes() === minute &&
    utc.getUTCSeconds() === second;
  if (!exists) return undefined;
  const offset = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  const offsetMinutes = offset
    ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]))
    : 0;
  if (offset && (Number(offset[2]) > 14 || Number(offset[3]) > 59)) return undefined;
  return new Date(utc.getTime() - offsetMinutes * 60_000 + Number(`0.${fraction || '0'}`) * 1000);
}

/** An attribute's key as the model allows it: a letter, then letters, digits, `_` and `-`, 40 at most. */
function attributeKey(header: string): string | undefined {
  const key = header
    .trim()
    .replace(/[^A-Za-z0-9_-]+/g, '_')
    .replace(/^[^A-Za-z]+/, '')
    .slice(0, 40);
  return key || undefined;
}

/** What the submit path takes for a row. */
function submission(row: HistoryRow, survey: SurveyDoc): SubmitResponseInput {
  return {
    siteKey: survey.siteKey,
    clientResponseId: row.clientResponseId,
    score: row.score,
    comment: row.comment,
    language: row.language,
    market: row.market,
    attributes: row.attributes,
  };
}

/**
 * Reads a CSV of past answers (a header row, then one answer a row) for `survey`: every row checked, against the
 * columns' rules and then as the submit path would check it (`submissions.prepare`: every rule of the model), and
 * all the errors named by line, before anything is stored. Each answer's id comes from the export's response id, or
 * else from its content, so that the same file imported twice stores it once.
 */
export async function readHistory(
  csv: string,
  survey: SurveyDoc,
  submissions: Pick<SubmissionService, 'prepare'>,
  now = Date.now(),
): Promise<HistoryRow[]> {
  let records: string[][];
  try {
    records = parse(csv, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    throw new BadUserInputError(`The CSV cannot be read: ${(error as Error).message}`, 'csv');
  }
  const [headers, ...rows] = records;
  if (!headers) throw new BadUserInputError('The CSV is empty: it needs a header row.', 'csv');
  const columns = roles(headers);
  const missing = (['date', 'score'] as const).filter((role) => ![...columns.values()].includes(role));
  if (missing.length) {
    throw new BadUserInputError(
      `The CSV has no ${missing.join(' or ')} column (headers: ${headers.join(', ').slice(0, 200)}).`,
      'csv',
    );
  }
  const extra = headers
    .map((header, index) => ({ index, key: attributeKey(header) }))
    .filter(({ index }) => !columns.has(index) && !IGNORED.has((headers[index] ?? '').trim().toLowerCase()));
  const errors: string[] = [];
  const seen = new Map<string, number>();
  const read: HistoryRow[] = [];
  for (const [i, cells] of rows.entries()) {
    const line = i + 2;
    const value = (role: Role) => {
      const index = [...columns].find(([, r]) => r === role)?.[0];
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const problems: string[] = [];
    const score = Number(value('score'));
    if (!/^\d{1,2}$/.test(value('score')) || score > 10)
      problems.push(`score "${value('score')}" is not 0 to 10`);
    const date = parseDate(value('date'));
    if (!date) {
      problems.push(
        `date "${value('date').slice(0, 40)}" is not a date (YYYY-MM-DD[ HH:MM[:SS]] in UTC, or ISO 8601 with Z or an offset)`,
      );
    } else if (date.getTime() > now) problems.push(`date "${value('date')}" is in the future`);
    const language = (value('language') || survey.defaultLanguage).split(/[-_]/)[0]?.toLowerCase() ?? '';
    if (!survey.languages.includes(language)) {
      problems.push(
        `language "${value('language')}" is not one of the survey's (${survey.languages.join(', ')})`,
      );
    }
    const marketCode = value('market').toUpperCase();
    const market = marketCode || null;
    if (market && !survey.markets.includes(market)) {
      problems.push(
        `market "${value('market')}" is not one of the survey's (${survey.markets.join(', ') || 'none'})`,
      );
    }
    const channel = (value('channel').toUpperCase() || 'WIDGET') as Channel;
    if (!CHANNELS.includes(channel)) {
      problems.push(`channel "${value('channel')}" is not one of ${CHANNELS.join(', ')}`);
    }
    const attributes: Record<string, string> = {};
    if (value('customer')) attributes['customerId'] = value('customer').slice(0, 200);
    for (const { index, key } of extra) {
      const text = (cells[index] ?? '').trim();
      if (key && text && Object.keys(attributes).length < MAX_ATTRIBUTES)
        attributes[key] = text.slice(0, 200);
    }
    if (problems.length || !date) {
      errors.push(`line ${line}: ${problems.join('; ')}`);
      continue;
    }
    // The export's own id, or the row's content and how many times that content came before.
    const content = value('id') || cells.join('\u0001');
    const occurrence = (seen.get(content) ?? 0) + 1;
    seen.set(content, occurrence);
    const row: HistoryRow = {
      line,
      clientResponseId: derivedClientResponseId(`${survey._id}\u0001${content}\u0001${occurrence}`),
      createdAt: date,
      score,
      comment: value('comment') || null,
      language,
      market,
      channel,
      attributes: Object.keys(attributes).length ? attributes : null,
    };
    try {
      await submissions.prepare(submission(row, survey), survey, date, { channel });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      errors.push(`line ${line}: ${error.message}`);
      continue;
    }
    read.push(row);
  }
  if (errors.length) {
    const shown = errors.slice(0, 20).join('\n');
    const more = errors.length > 20 ? `\n… and ${errors.length - 20} more` : '';
    throw new BadUserInputError(`${errors.length} bad row(s), nothing imported:\n${shown}${more}`, 'csv');
  }
  return read;
}

/**
 * Imports of past answers: `read` checks a CSV (above), `store` stores what it read through the submit path (so
 * they are counted like any answer), many at a time. An import adds answers and changes none: one stored already is
 * left as it is (its comment may have been removed by the retention period since), and one erased at its
 * respondent's request is not stored again.
 */
export function createHistoryImport(models: Models, submissions: SubmissionService) {
  return {
    read(csv: string, survey: SurveyDoc, now = Date.now()): Promise<HistoryRow[]> {
      return readHistory(csv, survey, submissions, now);
    },

    async store(
      rows: readonly HistoryRow[],
      survey: SurveyDoc,
    ): Promise<{ stored: number; duplicates: number; erased: number }> {
      const id = (row: HistoryRow) => responseId(survey._id, row.clientResponseId);
      const erased = await findByIds<{ _id: string }>(models.ErasedAnswer, rows.map(id), { _id: 1 });
      const outcomes = await Promise.all(
        rows
          .filter((row) => !erased.has(id(row)))
          .map((row) =>
            submissions.submit(submission(row, survey), survey, row.createdAt, {
              notify: false,
              amend: false,
              checked: true,
              channel: row.channel,
            }),
          ),
      );
      const duplicates = outcomes.filter((outcome) => outcome.duplicate).length;
      return { stored: outcomes.length - duplicates, duplicates, erased: erased.size };
    },
  };
}

export type HistoryImportService = ReturnType<typeof createHistoryImport>;
