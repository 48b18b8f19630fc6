import type { AppDeps } from '../../app-deps.js';
import type { MessageValues } from '../../platform/i18n/index.js';
import { findSessionForMail, type SessionForMail } from './application-mail.repo.js';
import { courseTitleFor, mailLocale, mailText, sessionLine, sessionTime } from './application-mail.parts.js';
import {
  countApplicationsByCountry,
  listApplicantsToRemind,
  listQuotas,
  listSessionsDueBetween,
  listStaffToRemind,
  recordReminder,
  type ReminderKind,
} from './application-reminders.repo.js';
import { inactiveStatuses, applicationStatuses } from './applications.states.js';

type Deps = Pick<AppDeps, 'db' | 'mailer' | 'translators' | 'config' | 'logger'>;

/** How many days ahead of each moment its reminder goes out. */
export const reminderLeadDays: Readonly<Record<ReminderKind, number>> = {
  'application-deadline': 3,
  'selection-deadline': 3,
  'session-start': 7,
};

interface Recipient {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly preferred_language: string;
}

/** What one reminder says: message keys under `applicationMail.reminder.<key>` and their values. */
interface Reminder {
  readonly kind: ReminderKind;
  readonly session: SessionForMail;
  readonly body: string;
  readonly values: MessageValues;
  /** Where the reader acts, after `/{lang}`. */
  readonly path: string;
}

/**
 * Reminders, each sent once per person and session:
 * - before the application deadline, to the contact points of each country with places, with how
 *   many have applied from their country so far;
 * - before the selection deadline, to whoever still has applications to decide on: the contact
 *   points of those countries, or the provider's managers where the provider selects;
 * - seven days before the session, to everyone with a place, asking those who have not confirmed it
 *   to confirm or give it up.
 * A mail that fails is tried again on the next run. Returns how many went out of each kind.
 */
export async function sendReminders(deps: Deps, now = new Date()): Promise<Record<ReminderKind, number>> {
  return {
    'application-deadline': await remindApplicationDeadline(deps, now),
    'selection-deadline': await remindSelectionDeadline(deps, now),
    'session-start': await remindSessionStart(deps, now),
  };
}

const activeStatuses = applicationStatuses.filter(
  (status) => !(inactiveStatuses as readonly string[]).includes(status),
);

async function dueSessions(deps: Deps, kind: ReminderKind, now: Date) {
  const column = {
    'application-deadline': 'application_deadline',
    'selection-deadline': 'selection_deadline',
    'session-start': 'starts_at',
  } as const;
  const until = new Date(now.getTime() + reminderLeadDays[kind] * 86_400_000);
  return listSessionsDueBetween(deps.db, column[kind], now.toISOString(), until.toISOString());
}

async function remindApplicationDeadline(deps: Deps, now: Date): Promise<number> {
  let sent = 0;
  for (const due of await dueSessions(deps, 'application-deadline', now)) {
    if (due.status !== 'open' || Number(due.quota_count) === 0) continue;
    const session = (await findSessionForMail(deps.db, due.id))!;
    const applied = await countApplicationsByCountry(deps.db, due.id, activeStatuses);
    for (const quota of await listQuotas(deps.db, due.id)) {
      const reminder: Reminder = {
        kind: 'application-deadline',
        session,
        body: 'applicationDeadline',
        values: { places: quota.places, count: applied.get(quota.country) ?? 0, country: quota.country },
        path: `/desk/selection/${due.id}`,
      };
      const people = await listStaffToRemind(
        deps.db,
        { kind: reminder.kind, sessionId: due.id },
        {
          role: 'contact-point',
          scopeType: 'country',
          scopeId: quota.country,
        },
      );
      sent += await remind(deps, reminder, people, now);
    }
  }
  return sent;
}

async function remindSelectionDeadline(deps: Deps, now: Date): Promise<number> {
  let sent = 0;
  for (const due of await dueSessions(deps, 'selection-deadline', now)) {
    const session = (await findSessionForMail(deps.db, due.id))!;
    const undecided = await countApplicationsByCountry(deps.db, due.id, ['submitted']);
    const reminderOf = (count: number, path: string): Reminder => ({
      kind: 'selection-deadline',
      session,
      body: 'selectionDeadline',
      values: { count },
      path,
    });
    const key = { kind: 'selection-deadline' as const, sessionId: due.id };
    if (Number(due.quota_count) > 0) {
      for (const [country, count] of undecided) {
        const people = await listStaffToRemind(deps.db, key, {
          role: 'contact-point',
          scopeType: 'country',
          scopeId: country,
        });
        sent += await remind(deps, reminderOf(count, `/desk/selection/${due.id}`), people, now);
      }
    } else {
      const count = [...undecided.values()].reduce((sum, n) => sum + n, 0);
      if (count === 0) continue;
      const people = await listStaffToRemind(deps.db, key, {
        role: 'provider-manager',
        scopeType: 'organisation',
        scopeId: due.provider_id,
      });
      sent += await remind(deps, reminderOf(count, `/manage/sessions/${due.id}/applications`), people, now);
    }
  }
  return sent;
}

async function remindSessionStart(deps: Deps, now: Date): Promise<number> {
  let sent = 0;
  for (const due of await dueSessions(deps, 'session-start', now)) {
    const session = (await findSessionForMail(deps.db, due.id))!;
    const key = { kind: 'session-start' as const, sessionId: due.id };
    for (const status of ['confirmed', 'accepted'] as const) {
      const people = await listApplicantsToRemind(deps.db, key, [status]);
      const reminder: Reminder = {
        kind: 'session-start',
        session,
        body: status === 'confirmed' ? 'sessionStartConfirmed' : 'sessionStartAccepted',
        values: {},
        path: '/account/applications',
      };
      sent += await remind(deps, reminder, people, now);
    }
  }
  return sent;
}

/** Mails one reminder to each person, then records it; one failure does not stop the others. */
async function remind(
  deps: Deps,
  reminder: Reminder,
  people: readonly Recipient[],
  now: Date,
): Promise<number> {
  let sent = 0;
  for (const person of people) {
    try {
      await deps.mailer.send(reminderMail(deps, reminder, person));
      await recordReminder(deps.db, {
        kind: reminder.kind,
        sessionId: reminder.session.id,
        userId: person.id,
        at: now.toISOString(),
      });
      sent += 1;
    } catch (error) {
      deps.logger.warn(
        { err: error, kind: reminder.kind, sessionId: reminder.session.id },
        'reminder not sent',
      );
    }
  }
  return sent;
}

function reminderMail(deps: Deps, reminder: Reminder, person: Recipient) {
  const translator = deps.translators(mailLocale(person.preferred_language));
  const { t } = translator;
  const { session } = reminder;
  const values: MessageValues = {
    ...reminder.values,
    course: courseTitleFor(session, translator.locale),
    start: sessionTime(translator, session.starts_at, session),
    deadline: deadlineOf(translator, reminder),
    ...(typeof reminder.values.country === 'string'
      ? { country: translator.countryName(reminder.values.country) }
      : {}),
  };
  const subjectKey = reminder.kind === 'session-start' ? 'sessionStart' : reminder.body;
  return {
    to: person.email,
    subject: t(`applicationMail.reminder.${subjectKey}.subject`, values),
    text: mailText(translator, [
      t('applicationMail.greeting', { name: person.name }),
      t(`applicationMail.reminder.${reminder.body}.body`, values),
      sessionLine(translator, session),
      t('applicationMail.actHere', { link: `${deps.config.publicUrl}/${translator.locale}${reminder.path}` }),
    ]),
  };
}

function deadlineOf(translator: Parameters<typeof sessionTime>[0], reminder: Reminder): string {
  const instant =
    reminder.kind === 'application-deadline'
      ? reminder.session.application_deadline
      : reminder.kind === 'selection-deadline'
        ? reminder.session.selection_deadline
        : reminder.session.starts_at;
  return instant ? sessionTime(translator, instant, reminder.session) : '';
}
