import type { AttendanceRegister, RegisterChanges } from './attendance-register.schema.js';

type Body = Record<string, unknown>;

const values = (body: Body, name: string): string[] => {
  const value = body[name];
  return (Array.isArray(value) ? (value as unknown[]) : [value]).filter(
    (item): item is string => typeof item === 'string',
  );
};
const one = (body: Body, name: string): string => values(body, name)[0] ?? '';

/** The value of a register cell's checkbox: which participant, which day. */
export const cellValue = (applicationId: string, day: string) => `${applicationId}/${day}`;
export const assessmentField = (applicationId: string) => `assessment-${applicationId}`;

/** What the register form asks for besides the marks: saving, closing, or everyone present one day. */
export interface RegisterFormAction {
  readonly close: boolean;
  /** The day whose "everyone present" button was pressed. */
  readonly everyonePresentOn: string | undefined;
}

export function readRegisterAction(raw: unknown): RegisterFormAction {
  const body = (raw ?? {}) as Body;
  const day = one(body, 'everyonePresent');
  return { close: !day && one(body, 'action') === 'close', everyonePresentOn: day || undefined };
}

/**
 * The changes a posted register form makes to the register it was drawn from. Unticked boxes are not
 * sent, so a cell changes only when it differs from what is stored: a tick on a blank or absent day
 * marks it present, no tick on a present day marks it absent, and blank days stay blank.
 */
export function registerFormChanges(register: AttendanceRegister, raw: unknown): RegisterChanges {
  const body = (raw ?? {}) as Body;
  const ticked = new Set(values(body, 'present'));
  const action = readRegisterAction(body);
  const marks: RegisterChanges['marks'] = [];
  const assessments: RegisterChanges['assessments'] = [];
  for (const participant of register.participants) {
    const { applicationId } = participant;
    for (const { day, present } of participant.marks) {
      const isTicked = ticked.has(cellValue(applicationId, day)) || day === action.everyonePresentOn;
      if (isTicked && present !== true) marks.push({ applicationId, day, present: true });
      if (!isTicked && present === true) marks.push({ applicationId, day, present: false });
    }
    const result = one(body, assessmentField(applicationId));
    const passed = result === 'passed' ? true : result === 'failed' ? false : undefined;
    if (passed !== undefined && passed !== participant.assessmentPassed) {
      assessments.push({ applicationId, passed });
    }
  }
  return { marks, assessments, close: action.close };
}
