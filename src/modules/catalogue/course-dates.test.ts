import { describe, expect, it } from 'vitest';
import { dayNumber, localDate } from './course-dates.js';

describe('session dates as day numbers', () => {
  it('takes the calendar date where the session is', () => {
    expect(localDate('2027-09-01T23:30:00Z', 'Europe/Malta')).toBe('2027-09-02');
    expect(localDate('2027-09-01T23:30:00Z', 'America/New_York')).toBe('2027-09-01');
    expect(dayNumber('2000-01-01')).toBe(0);
    expect(dayNumber('2000-03-01')).toBe(60);
  });
});
