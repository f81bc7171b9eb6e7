import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { npsDailyId, THEME_FIELDS } from '../models/nps-daily.model.ts';
import { deltaCells, storedCell } from './cells.ts';

const survey = new Types.ObjectId();
const answer = (score: number, themes: string[] = []) => ({
  survey,
  createdAt: new Date('2026-12-02T10:00:00Z'),
  language: 'tr',
  market: 'TR',
  score,
  themes,
});
const at = (field: (typeof THEME_FIELDS)[number]) => THEME_FIELDS.indexOf(field);

describe('a count delta’s cells', () => {
  it('store the theme counts that are not 0 alone, as index and count in turn', () => {
    const [cell] = deltaCells([answer(3, ['PRICE', 'STAFF']), answer(2, ['PRICE']), answer(10, ['C4'])]);
    expect(cell?.themeCounts).toEqual([
      at('DETRACTOR_PRICE'),
      2,
      at('DETRACTOR_STAFF'),
      1,
      at('PROMOTER_C4'),
      1,
    ]);
    expect(cell).not.toHaveProperty('themes');
    expect(deltaCells([answer(9)])[0]).not.toHaveProperty('themeCounts');
  });

  it('read back as the counts they were made from, taken away as well as added', () => {
    const [added] = deltaCells([answer(8, ['QUALITY']), answer(0, ['SUPPORT', 'C9'])]);
    const [taken] = deltaCells([answer(8, ['QUALITY'])], [], -1);
    if (!added) throw new Error('no cell');
    const themes = storedCell(added).themes;
    expect(themes?.length).toBe(THEME_FIELDS.length);
    expect(themes?.flatMap((n, i) => (n ? [[THEME_FIELDS[i], n]] : []))).toEqual([
      ['PASSIVE_QUALITY', 1],
      ['DETRACTOR_SUPPORT', 1],
      ['DETRACTOR_C9', 1],
    ]);
    expect(taken?.themeCounts).toEqual([at('PASSIVE_QUALITY'), -1]);
  });

  it('are read in the form written before, every index’s count, as left in the journal by an older version', () => {
    const dense = new Array<number>(THEME_FIELDS.length).fill(0);
    dense[at('DETRACTOR_PRICE')] = 3;
    const day = new Date('2026-12-02T00:00:00Z');
    const old = { survey, day, language: 'tr', market: 'TR', scores: new Array(11).fill(0), themes: dense };
    const [merged] = deltaCells(
      [answer(1, ['PRICE'])],
      [{ id: npsDailyId(survey, day, 'tr', 'TR'), ...old }],
    );
    expect(storedCell(old).themes).toEqual(dense);
    expect(merged?.themeCounts).toEqual([at('DETRACTOR_PRICE'), 4]);
  });
});
