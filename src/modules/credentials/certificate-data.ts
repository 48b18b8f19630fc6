import type { CertificateCredit } from './certificate-pdf.format.js';

/** What a certificate, the holder's list and the transcript show of one credential. */
export interface CredentialFacts {
  readonly recipientName: string;
  readonly courseTitle: string;
  readonly providerName: string;
  readonly sessionStartsAt: string;
  readonly sessionEndsAt: string;
  readonly completedAt: string;
  readonly hours: number;
  readonly credits: readonly CertificateCredit[];
}

interface Identifier {
  readonly identityType?: string;
  readonly identityHash?: string;
}
interface Result {
  readonly resultDescription?: string;
  readonly value?: string;
}
interface ResultDescription {
  readonly id?: string;
  readonly resultType?: string;
  readonly alignment?: readonly { readonly targetName?: string; readonly targetFramework?: string }[];
}
interface OpenBadgeDocument {
  readonly name?: string;
  readonly awardedDate?: string;
  readonly validFrom?: string;
  readonly credentialSubject?: {
    readonly identifier?: readonly Identifier[];
    readonly activityStartDate?: string;
    readonly activityEndDate?: string;
    readonly result?: readonly Result[];
    readonly achievement?: {
      readonly name?: string;
      readonly creator?: { readonly name?: string };
      readonly resultDescription?: readonly ResultDescription[];
    };
  };
}

/**
 * The facts of a credential read from its signed document (open-badge.ts writes them), not from the
 * catalogue: the certificate and transcript then say exactly what the credential proves, even after
 * the course was renamed or deleted.
 */
export function credentialFacts(document: Record<string, unknown>): CredentialFacts {
  const credential = document as OpenBadgeDocument;
  const subject = credential.credentialSubject ?? {};
  const achievement = subject.achievement ?? {};
  const results = subject.result ?? [];
  const valueOf = (id: string | undefined) =>
    Number(results.find((result) => result.resultDescription === id)?.value ?? 0);
  const descriptions = achievement.resultDescription ?? [];
  const hours = descriptions.find((description) => description.resultType === 'ext:TrainingHours');
  const credits = descriptions
    .filter((description) => description.resultType === 'ext:CreditPoints')
    .map((description) => ({
      system: description.alignment?.[0]?.targetFramework ?? '',
      awardingBody: description.alignment?.[0]?.targetName ?? '',
      amount: valueOf(description.id),
    }));
  const completedAt = credential.awardedDate ?? credential.validFrom ?? '';
  return {
    recipientName: subject.identifier?.find((item) => item.identityType === 'name')?.identityHash ?? '',
    courseTitle: achievement.name ?? credential.name ?? '',
    providerName: achievement.creator?.name ?? '',
    sessionStartsAt: subject.activityStartDate ?? completedAt,
    sessionEndsAt: subject.activityEndDate ?? completedAt,
    completedAt,
    hours: valueOf(hours?.id),
    credits,
  };
}
