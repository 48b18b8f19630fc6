import crypto from 'node:crypto';
import { openBadgesContext, vcContextV2 } from './credential-contexts.js';

/** The platform as the issuer of its credentials. */
export const issuerName = 'JP-COOPS Training Network';

/** The status list every credential points into, and its size (16 KiB of bits, for herd privacy). */
export const statusListLength = 131_072;
export const statusListUrl = (publicUrl: string): string => `${publicUrl}/credentials/status/1`;
export const credentialUrl = (publicUrl: string, id: string): string => `${publicUrl}/credentials/${id}`;
export const eurLexUrl = (celex: string): string =>
  `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${celex}`;

/** A credit system a course's completion is worth, and who awards it. */
export interface CreditAward {
  readonly system: string;
  readonly amount: number;
  readonly awardingBody: string;
}

/** Everything an OpenBadgeCredential says, gathered by the issuing use case. */
export interface OpenBadgeInput {
  readonly credentialId: string;
  readonly publicUrl: string;
  readonly did: string;
  readonly validFrom: string;
  readonly validUntil?: string;
  readonly statusIndex: number;
  readonly recipient: { readonly name: string; readonly email: string; readonly salt: string };
  readonly course: {
    readonly id: string;
    readonly slug: string;
    /** Title and summary in the course's source language. */
    readonly title: string;
    readonly summary: string;
    readonly sourceLanguage: string;
    readonly providerId: string;
    readonly providerName: string;
    readonly topics: readonly string[];
    readonly instruments: readonly string[];
    readonly credits: readonly CreditAward[];
  };
  /** The completion rule in words (the criteria). */
  readonly criteria: string;
  readonly completion: {
    readonly hours: number;
    readonly completedAt: string;
    readonly sessionStartsAt: string;
    readonly sessionEndsAt: string;
  };
}

/**
 * OB 3.0 IdentityObject of the recipient's email: `sha256$` + hex SHA-256 of the address (lower case)
 * followed by the salt, so that whoever knows the address can check it and nobody else can read it.
 */
export function hashedEmail(email: string, salt: string) {
  const identityHash = `sha256$${crypto
    .createHash('sha256')
    .update(email.toLowerCase() + salt)
    .digest('hex')}`;
  return { type: 'IdentityObject', identityHash, identityType: 'emailAddress', hashed: true, salt };
}

/**
 * An unsigned Open Badges 3.0 `OpenBadgeCredential` (VC Data Model 2.0) for one completed course.
 *
 * Only terms of the pinned OB 3.0.3 context are used (anything else fails JSON-LD expansion in safe
 * mode). Hours and each credit system are carried the OB way: the achievement describes what can be
 * earned (`resultDescription`: one for the hours, one per credit system, whose `alignment` names the
 * framework and the awarding body), and the subject's `result` gives the amounts obtained.
 * `creditsAvailable`/`creditsEarned` carry the ECTS credits, the only system OB readers know.
 */
export function buildOpenBadgeCredential(input: OpenBadgeInput): Record<string, unknown> {
  const { course, completion, publicUrl } = input;
  const achievementId = `${publicUrl}/api/v1/courses/${course.id}`;
  const coursePage = `${publicUrl}/${course.sourceLanguage}/courses/${course.slug}`;
  const ects = course.credits.find((credit) => credit.system === 'ECTS');
  const hoursResult = `${achievementId}#hours`;
  // Numbered: one course may carry the same system from two bodies (a course credit and a recognition).
  const creditResult = (credit: CreditAward, index: number) =>
    `${achievementId}#credits-${index + 1}-${credit.system.toLowerCase()}`;
  return {
    '@context': [vcContextV2, openBadgesContext],
    id: credentialUrl(publicUrl, input.credentialId),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: course.title,
    issuer: { id: input.did, type: ['Profile'], name: issuerName, url: publicUrl },
    validFrom: input.validFrom,
    ...(input.validUntil ? { validUntil: input.validUntil } : {}),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        hashedEmail(input.recipient.email, input.recipient.salt),
        // The OB 3.0 way to carry the recipient's name: an IdentityObject of type `name`, not hashed.
        { type: 'IdentityObject', identityHash: input.recipient.name, identityType: 'name', hashed: false },
      ],
      activityStartDate: completion.sessionStartsAt,
      activityEndDate: completion.sessionEndsAt,
      ...(ects ? { creditsEarned: ects.amount } : {}),
      result: [
        { type: ['Result'], resultDescription: hoursResult, value: String(completion.hours) },
        ...course.credits.map((credit, index) => ({
          type: ['Result'],
          resultDescription: creditResult(credit, index),
          value: String(credit.amount),
        })),
      ],
      achievement: {
        id: achievementId,
        type: ['Achievement'],
        achievementType: 'Course',
        name: course.title,
        description: course.summary,
        criteria: { narrative: input.criteria },
        creator: {
          id: `${publicUrl}/api/v1/organisations/${course.providerId}`,
          type: ['Profile'],
          name: course.providerName,
        },
        ...(ects ? { creditsAvailable: ects.amount } : {}),
        inLanguage: course.sourceLanguage,
        tag: [...course.topics],
        resultDescription: [
          {
            id: hoursResult,
            type: ['ResultDescription'],
            name: 'Hours of training',
            resultType: 'ext:TrainingHours',
          },
          ...course.credits.map((credit, index) => ({
            id: creditResult(credit, index),
            type: ['ResultDescription'],
            name: `${credit.system} credits awarded by ${credit.awardingBody}`,
            resultType: 'ext:CreditPoints',
            alignment: [
              {
                type: ['Alignment'],
                targetName: credit.awardingBody,
                targetFramework: credit.system,
                targetType: 'ext:CreditAwardingBody',
                // The course page lists each credit system with its awarding body.
                targetUrl: coursePage,
              },
            ],
          })),
        ],
        alignment: course.instruments.map((celex) => ({
          type: ['Alignment'],
          targetName: `CELEX ${celex}`,
          targetCode: celex,
          targetFramework: 'EUR-Lex',
          targetType: 'ext:LegalInstrument',
          targetUrl: eurLexUrl(celex),
        })),
      },
    },
    credentialStatus: {
      id: `${statusListUrl(publicUrl)}#${input.statusIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(input.statusIndex),
      statusListCredential: statusListUrl(publicUrl),
    },
    awardedDate: completion.completedAt,
  };
}
