import type { AppDeps } from '../../app-deps.js';
import { isLocale, type Locale } from '../../platform/i18n/index.js';
import type { MailMessage } from '../../platform/mail/index.js';
import { findDecisionForMail, type DecisionForMail } from './toolkit-mail.repo.js';

type Deps = Pick<AppDeps, 'db' | 'mailer' | 'translators' | 'config'>;

/**
 * Mails a review decision to the contributor, in their interface language: the decision, the
 * reviewer's comment and where to go next (the published resource, or their contribution to change).
 * Nothing is sent for a mere comment, nor when the resource or the contributor is gone. Run by the
 * `toolkitMail.sendDecision` job, enqueued with the decision itself, so one decision makes one mail.
 */
export async function sendDecisionMail(deps: Deps, reviewId: string): Promise<boolean> {
  const decision = await findDecisionForMail(deps.db, reviewId);
  if (!decision || decision.decision === 'comment' || decision.deleted_at !== null) return false;
  await deps.mailer.send(decisionMail(deps, decision));
  return true;
}

function decisionMail(deps: Pick<Deps, 'translators' | 'config'>, decision: DecisionForMail): MailMessage {
  const translator = deps.translators(mailLocale(decision.preferred_language));
  const { t } = translator;
  const title = titleFor(decision, translator.locale);
  const kind = decision.decision as Exclude<DecisionForMail['decision'], 'comment'>;
  const base = `${deps.config.publicUrl}/${translator.locale}/toolkit/resources/${decision.resource_id}`;
  const paragraphs = [
    t('toolkitMail.greeting', { name: decision.name }),
    t(`toolkitMail.decision.${kind}`, { title }),
    kind === 'approved' && decision.evidence
      ? t('toolkitMail.evidence', { evidence: t(`toolkit.evidence.${decision.evidence}`) })
      : null,
    decision.comment ? t('toolkitMail.comment', { comment: decision.comment }) : null,
    kind === 'approved'
      ? t('toolkitMail.link.published', { link: base })
      : t('toolkitMail.link.contribution', { link: `${base}/edit` }),
    t('toolkitMail.signature'),
  ];
  return {
    to: decision.email,
    subject: t(`toolkitMail.subject.${kind}`, { title }),
    text: paragraphs.filter((paragraph): paragraph is string => Boolean(paragraph)).join('\n\n') + '\n',
  };
}

/** The language a person is written to in: their interface language, English when unknown. */
const mailLocale = (preferred: string | null | undefined): Locale => (isLocale(preferred) ? preferred : 'en');

/** The resource's title in the reader's language, else in its source language, else any. */
function titleFor(decision: DecisionForMail, locale: Locale): string {
  return (
    decision.titles.get(locale) ??
    decision.titles.get(decision.source_language) ??
    [...decision.titles.values()][0] ??
    ''
  );
}
