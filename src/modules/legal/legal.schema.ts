import { z } from 'zod';
import { groupOf, instrumentGroups, type InstrumentGroup } from './instrument-groups.js';
import { celexPattern, instrumentSchema, memberStates, type Instrument } from './instrument.js';

/** The `:celex` of instrument routes; anything else is simply not found. */
export const celexParamsSchema = z.object({
  celex: z.string().max(20).describe('CELEX number of the instrument, e.g. `32014L0041`.'),
});
export const isCelex = (value: string) => celexPattern.test(value);

const participationSchema = z
  .object({
    bound: z.array(z.enum(memberStates)).describe('Member States the instrument binds (EU codes).'),
    notBound: z.array(z.enum(memberStates)).describe('Member States not bound (opt-outs).'),
    note: z.string().nullable().describe('How some Member States take part, when not simply bound or not.'),
  })
  .describe('Which of the 27 Member States take part.');

/** An instrument as the API answers it: the stored facts, its group, who takes part and its page. */
export const instrumentViewSchema = instrumentSchema
  .extend({
    group: z.enum(instrumentGroups).describe('Where the reference lists it.'),
    participation: participationSchema,
    pageUrl: z.url().describe('The instrument’s page in the reference (English).'),
  })
  .describe('An EU legal instrument of the reference.');
export type InstrumentView = z.infer<typeof instrumentViewSchema>;

export const instrumentListSchema = z.object({
  groups: z
    .array(z.object({ group: z.enum(instrumentGroups), celex: z.array(z.string()) }))
    .describe('Groups in the reference’s order, each with its instruments’ CELEX numbers.'),
  items: z.array(instrumentViewSchema).describe('Every instrument, by date of adoption.'),
});

export function presentInstrument(instrument: Instrument, publicUrl: string): InstrumentView {
  const notBound = new Set<string>(instrument.notBound);
  return {
    ...instrument,
    group: groupOf(instrument),
    participation: {
      bound: memberStates.filter((code) => !notBound.has(code)),
      notBound: memberStates.filter((code) => notBound.has(code)),
      note: instrument.participationNote ?? null,
    },
    pageUrl: `${publicUrl}/en/instruments/${instrument.celex}`,
  };
}

export function presentInstrumentList(instruments: readonly Instrument[], publicUrl: string) {
  const items = instruments.map((instrument) => presentInstrument(instrument, publicUrl));
  const celexIn = (group: InstrumentGroup) => items.filter((i) => i.group === group).map((i) => i.celex);
  return {
    groups: instrumentGroups.map((group) => ({ group, celex: celexIn(group) })),
    items,
  };
}
