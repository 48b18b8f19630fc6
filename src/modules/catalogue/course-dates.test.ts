import { describe, expect, it } from 'vitest';
import { dayNumber, dayTokens, localDate, rangeTokens } from './course-dates.js';

describe('session dates as facet values', () => {
  it('matches a day exactly when it lies in the range, with few values', () => {
    let seed = 7;
    const random = (max: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % max;
    };
    for (let run = 0; run < 300; run += 1) {
      const from = random(100_000);
      const to = from + random(run % 3 === 0 ? 40 : 20_000);
      const tokens = new Set(rangeTokens(from, to));
      expect(tokens.size).toBeLessThanOrEqual(34);
      for (const day of [from - 1, from, from + 1, Math.floor((from + to) / 2), to - 1, to, to + 1]) {
        const matched = dayTokens(day).some((token) => tokens.has(token));
        expect(matched, `${day} in ${from}..${to}`).toBe(day >= from && day <= to);
      }
    }
  });

  it('takes the calendar date where the session is', () => {
    expect(localDate('2027-09-01T23:30:00Z', 'Europe/Malta')).toBe('2027-09-02');
    expect(localDate('2027-09-01T23:30:00Z', 'America/New_York')).toBe('2027-09-01');
    expect(dayNumber('2000-01-01')).toBe(0);
    expect(dayNumber('2000-03-01')).toBe(60);
  });
});
