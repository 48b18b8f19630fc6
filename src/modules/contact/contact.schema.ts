import { z } from 'zod';

/**
 * The "Leave a message" form. Messages are translation keys: the page shows them in the visitor's language.
 * `website` is a honeypot: people never see it, robots fill it in.
 */
export const contactFormSchema = z.object({
  name: z.string().trim().min(1, 'contact.error.nameRequired').max(200, 'contact.error.nameTooLong'),
  email: z
    .string()
    .trim()
    .min(1, 'contact.error.emailRequired')
    .max(254, 'contact.error.emailInvalid')
    .pipe(z.email('contact.error.emailInvalid')),
  subject: z.string().trim().min(1, 'contact.error.subjectRequired').max(200, 'contact.error.subjectTooLong'),
  message: z
    .string()
    .trim()
    .min(10, 'contact.error.messageTooShort')
    .max(5000, 'contact.error.messageTooLong'),
  consent: z.literal('yes', 'contact.error.consentRequired'),
});

export type ContactForm = z.infer<typeof contactFormSchema>;

/** What was typed, kept as typed so that a form with errors comes back filled in. */
export const contactFormInputSchema = z
  .object({
    name: z.string().max(10_000).optional(),
    email: z.string().max(10_000).optional(),
    subject: z.string().max(10_000).optional(),
    message: z.string().max(20_000).optional(),
    consent: z.string().max(10).optional(),
    website: z.string().max(10_000).optional(),
  })
  .catch({});

export type ContactFormInput = z.infer<typeof contactFormInputSchema>;

export interface ContactMessageView {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly subject: string;
  readonly message: string;
  readonly language: string;
  readonly status: 'new' | 'handled';
  readonly createdAt: string;
}
