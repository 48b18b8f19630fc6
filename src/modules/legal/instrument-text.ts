import type { PageContext } from '../../platform/layout/page-context.js';
import type { InstrumentGroup } from './instrument-groups.js';
import type { Instrument, InstrumentDeadline } from './instrument.js';

type Unit = InstrumentDeadline['unit'];

/** "90 days", "20 working days", "72 hours", "1 month" in the reader's language. */
export function durationText(ctx: Pick<PageContext, 't'>, amount: number, unit: Unit): string {
  return ctx.t(`legal.unit.${unit}`, { amount });
}

/** "20 working days more, when a legal remedy is lodged"; null when the deadline cannot be extended. */
export function extensionText(ctx: Pick<PageContext, 't'>, deadline: InstrumentDeadline): string | null {
  if (!deadline.extension) return null;
  const by = durationText(ctx, deadline.extension, deadline.extensionUnit ?? deadline.unit);
  return ctx.t('legal.deadline.extensionBy', { duration: by });
}

export const groupTitle = (ctx: Pick<PageContext, 't'>, group: InstrumentGroup) =>
  ctx.t(`legal.group.${group}.title`);
export const groupLead = (ctx: Pick<PageContext, 't'>, group: InstrumentGroup) =>
  ctx.t(`legal.group.${group}.lead`);

/** "Framework decision", "Directive", "Regulation". */
export const kindText = (ctx: Pick<PageContext, 't'>, kind: Instrument['kind']) =>
  ctx.t(`legal.kind.${kind}`);

/** What the instrument is used for ("Surrender of a person"), one phrase per need. */
export const needText = (ctx: Pick<PageContext, 't'>, need: Instrument['need'][number]) =>
  ctx.t(`legal.need.${need}`);

/** A `YYYY-MM-DD` day in the reader's language, whatever the server's time zone. */
export const dayText = (ctx: Pick<PageContext, 'formatDate'>, day: string) =>
  ctx.formatDate(`${day}T00:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' });

export const instrumentPath = (celex: string) => `/instruments/${celex}`;
