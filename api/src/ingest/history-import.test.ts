import { describe, expect, it } from 'vitest';
import { parseDate } from './history-import.ts';

describe('the dates of an import', () => {
  it('are read as UTC, or with the zone they say, to the millisecond', () => {
    expect(parseDate('2026-09-01')).toEqual(new Date('2026-09-01T00:00:00Z'));
    expect(parseDate('2026-09-01 10:30')).toEqual(new Date('2026-09-01T10:30:00Z'));
    expect(parseDate('2026-09-01T10:30:15')).toEqual(new Date('2026-09-01T10:30:15Z'));
    expect(parseDate('2026-10-01T08:00:00.250Z')).toEqual(new Date('2026-10-01T08:00:00.250Z'));
    expect(parseDate('2026-09-01T10:00:00+02:00')).toEqual(new Date('2026-09-01T08:00:00Z'));
    expect(parseDate('2026-09-01T10:00:00-0530')).toEqual(new Date('2026-09-01T15:30:00Z'));
  });

  it('are refused when the day or time does not exist, rather than rolled over', () => {
    for (const text of [
      '2026-02-30',
      '2026-02-29',
      '2026-13-01',
      '2026-09-31 10:00',
      '2026-09-01 24:00',
      '2026-09-01 10:60',
    ]) {
      expect(parseDate(text), text).toBeUndefined();
    }
    expect(parseDate('2028-02-29')).toEqual(new Date('2028-02-29T00:00:00Z'));
  });

  it('are refused in the forms whose order or zone would be a guess', () => {
    for (const text of [
      '09/01/2026',
      '1/9/2026',
      'Sep 1 2026',
      'Tue, 01 Sep 2026 10:00:00 GMT',
      '2026-9-1',
      '20260901',
      'yesterday',
      '',
    ]) {
      expect(parseDate(text), text).toBeUndefined();
    }
  });
});
