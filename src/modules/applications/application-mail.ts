import type { AppDeps } from '../../app-deps.js';
import type { Translator } from '../../platform/i18n/index.js';
import type { MailAttachment } from '../../platform/mail/index.js';
import { sessionCalendar } from '../catalogue/index.js';
import {
  countFailedNotification,
  findSessionForMail,
  listUnnotifiedEvents,
  markNotified,
  type SessionForMail,
  type UnnotifiedEvent,
} from './application-mail.repo.js';
import { isPlatformReason } from './application-reasons.js';
import { courseTitleFor, mailLocale, mailText, sessionLine, sessionTime } from './application-mail.parts.js';

type Deps = Pick<AppDeps, 'db' | 'mailer' | 'translators' | 'config' | 'logger'>;

/**
 * Mails each change of status to its applicant, in their language, once: the change is marked as
 * mailed after the mail went out. A mail that cannot be sent is tried again on the next run, up to
 * `maxNotifyAttempts` times, without holding up the others. Returns how many were sent and failed.
 */
export async function sendStatusMails(
  deps: Deps,
  options: { now?: Date; batchSize?: number } = {},
): Promise<{ sent: number; failed: number }> {
  const sessions = new Map<string, SessionForMail | undefined>();
  let sent = 0;
  let failed = 0;
  for (const event of await listUnnotifiedEvents(deps.db, options.batchSize ?? 200)) {
    if (!sessions.has(event.session_id)) {
      sessions.set(event.session_id, await findSessionForMail(deps.db, event.session_id));
    }
    const session = sessions.get(event.session_id);
    try {
      if (session) await deps.mailer.send(await statusMail(deps, event, session, options.now));
      await markNotified(deps.db, event.id, (options.now ?? new Date()).toISOString());
      sent += 1;
    } catch (error) {
      await countFailedNotification(deps.db, event.id);
      deps.logger.warn({ err: error, eventId: event.id }, 'application mail not sent');
      failed += 1;
    }
  }
  return { sent, failed };
}

async function statusMail(deps: Deps, event: UnnotifiedEvent, session: SessionForMail, now = new Date()) {
  const translator = deps.translators(mailLocale(event.preferred_language));
  const { t } = translator;
  const course = courseTitleFor(session, translator.locale);
  const calendar =
    event.to_status === 'confirmed'
      ? await sessionCalendar(
          deps,
          translator,
          { courseSlug: session.course_slug, sessionId: session.id },
          now,
        )
      : undefined;
  const attachments: MailAttachment[] = calendar
    ? [
        {
          filename: 'session.ics',
          content: calendar,
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        },
      ]
    : [];
  return {
    to: event.email,
    subject: t('applicationMail.subject', { status: t(`applications.status.${event.to_status}`), course }),
    text: mailText(translator, [
      t('applicationMail.greeting', { name: event.name }),
      statusSentence(translator, event, course),
      event.offer_expires_at && event.to_status === 'accepted'
        ? t('applicationMail.offerExpiry', {
            deadline: sessionTime(translator, event.offer_expires_at, session),
          })
        : null,
      reasonSentence(translator, event),
      sessionLine(translator, session),
      calendar ? t('applicationMail.calendarAttached') : null,
      t('applicationMail.link', {
        link: `${deps.config.publicUrl}/${translator.locale}/account/applications`,
      }),
    ]),
    attachments,
  };
}

function statusSentence(translator: Translator, event: UnnotifiedEvent, course: string): string {
  return translator.t(`applicationMail.status.${event.to_status}`, {
    course,
    position: event.waitlist_position ?? 0,
  });
}

function reasonSentence(translator: Translator, event: UnnotifiedEvent): string | null {
  if (!event.reason) return null;
  if (isPlatformReason(event.reason)) {
    return translator.t(`applicationMail.reason.${event.reason}`);
  }
  return translator.t('applicationMail.reasonGiven', {
    role: translator.t(`applications.role.${event.actor_role}`),
    reason: event.reason,
  });
}
