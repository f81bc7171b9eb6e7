import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { BadUserInputError } from '../errors.ts';
import { MAX_ATTRIBUTES } from '../models/response.model.ts';
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

/** A date as exports write it: ISO 8601, or `YYYY-MM-DD[ HH:MM[:SS]]` in UTC. */
function parseDate(text: string): Date {
  const plain = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?$/.exec(text);
  if (plain) return new Date(`${plain[1]}T${plain[2] ?? '00:00'}${plain[2]?.length === 5 ? ':00' : ''}Z`);
  return new Date(text);
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

/**
 * Reads a CSV of past answers (a header row, then one answer a row) for `survey`: every row checked, and all the
 * errors named by line, before anything is stored. Each answer's id comes from the export's response id, or else
 * from its content, so that the same file imported twice stores it once.
 */
export function readHistory(csv: string, survey: SurveyDoc, now = Date.now()): HistoryRow[] {
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
  rows.forEach((cells, i) => {
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
    if (Number.isNaN(date.getTime())) problems.push(`date "${value('date')}" is not a date`);
    else if (date.getTime() > now) problems.push(`date "${value('date')}" is in the future`);
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
    const attributes: Record<string, string> = {};
    if (value('customer')) attributes['customerId'] = value('customer').slice(0, 200);
    for (const { index, key } of extra) {
      const text = (cells[index] ?? '').trim();
      if (key && text && Object.keys(attributes).length < MAX_ATTRIBUTES)
        attributes[key] = text.slice(0, 200);
    }
    if (problems.length) {
      errors.push(`line ${line}: ${problems.join('; ')}`);
      return;
    }
    // The export's own id, or the row's content and how many times that content came before.
    const content = value('id') || cells.join('\u0001');
    const occurrence = (seen.get(content) ?? 0) + 1;
    seen.set(content, occurrence);
    const hash = createHash('sha256')
      .update(`${survey._id}\u0001${content}\u0001${occurrence}`)
      .digest('hex');
    read.push({
      line,
      clientResponseId: `${hash.slice(0, 8)}-${hash.slice(8, 12)}-5${hash.slice(13, 16)}-a${hash.slice(17, 20)}-${hash.slice(20, 32)}`,
      createdAt: date,
      score,
      comment: value('comment') || null,
      language,
      market,
      attributes: Object.keys(attributes).length ? attributes : null,
    });
  });
  if (errors.length) {
    const shown = errors.slice(0, 20).join('\n');
    const more = errors.length > 20 ? `\n… and ${errors.length - 20} more` : '';
    throw new BadUserInputError(`${errors.length} bad row(s), nothing imported:\n${shown}${more}`, 'csv');
  }
  return read;
}

/** Stores checked past answers through the submit path (so they are counted like any answer), many at a time. */
export async function storeHistory(
  rows: readonly HistoryRow[],
  survey: SurveyDoc,
  submissions: SubmissionService,
): Promise<{ stored: number; duplicates: number }> {
  const outcomes = await Promise.all(
    rows.map((row) =>
      submissions.submit(
        {
          siteKey: survey.siteKey,
          clientResponseId: row.clientResponseId,
          score: row.score,
          comment: row.comment,
          language: row.language,
          market: row.market,
          attributes: row.attributes,
        },
        survey,
        row.createdAt,
        { notify: false },
      ),
    ),
  );
  const duplicates = outcomes.filter((outcome) => outcome.duplicate).length;
  return { stored: outcomes.length - duplicates, duplicates };
}
