import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../platform/i18n/index.js';
import { readCourseForm, toCreateCourseInput } from '../catalogue/course-form.js';
import { meetsCompletionRule } from './completion-rule.js';

describe('completion rule', () => {
  const rule = { minAttendancePercent: 80, assessmentRequired: false };
  const days = (attendedDays: number, totalDays = 5) => ({ attendedDays, totalDays, assessmentPassed: null });

  it('is met at exactly the percentage, and not a day below it', () => {
    expect(meetsCompletionRule(rule, days(4))).toBe(true);
    expect(meetsCompletionRule(rule, days(3))).toBe(false);
    // 2 of 3 days is 66.7%: below 67, at 66.
    expect(meetsCompletionRule({ ...rule, minAttendancePercent: 67 }, days(2, 3))).toBe(false);
    expect(meetsCompletionRule({ ...rule, minAttendancePercent: 66 }, days(2, 3))).toBe(true);
  });

  it('needs a day attended, even at 0%', () => {
    expect(meetsCompletionRule({ ...rule, minAttendancePercent: 0 }, days(0))).toBe(false);
    expect(meetsCompletionRule({ ...rule, minAttendancePercent: 0 }, days(1))).toBe(true);
  });

  it('needs a passed assessment where the course requires one', () => {
    const strict = { minAttendancePercent: 80, assessmentRequired: true };
    expect(meetsCompletionRule(strict, { attendedDays: 5, totalDays: 5, assessmentPassed: true })).toBe(true);
    expect(meetsCompletionRule(strict, { attendedDays: 5, totalDays: 5, assessmentPassed: false })).toBe(
      false,
    );
    expect(meetsCompletionRule(strict, { attendedDays: 5, totalDays: 5, assessmentPassed: null })).toBe(
      false,
    );
  });
});

describe('completion rule in the course form', () => {
  const form = (fields: Record<string, string>) =>
    readCourseForm({
      providerId: 'provider',
      sourceLanguage: 'en',
      title: 'Prison radicalisation',
      languages: 'en',
      format: 'face-to-face',
      level: 'initial',
      hours: '16',
      ...fields,
    });

  it('starts a new course at 80% without an assessment, and takes what is typed', () => {
    expect(form({})).toMatchObject({ completionMinAttendancePercent: '80', assessmentRequired: false });
    const result = toCreateCourseInput(
      form({ completionMinAttendancePercent: '90', assessmentRequired: 'yes' }),
    );
    expect(result).toMatchObject({
      ok: true,
      input: { completionMinAttendancePercent: 90, assessmentRequired: true },
    });
  });

  it('refuses a share that is not a whole percentage, with a translated message', () => {
    for (const typed of ['101', '85.5', 'most']) {
      const result = toCreateCourseInput(form({ completionMinAttendancePercent: typed }));
      expect(result.ok, typed).toBe(false);
      const key = result.ok ? '' : (result.errors.completionMinAttendancePercent ?? '');
      expect(key).toBe('courseManagement.error.completionMinAttendancePercent');
      expect(loadCatalog().en[key]).toBeDefined();
    }
  });
});
