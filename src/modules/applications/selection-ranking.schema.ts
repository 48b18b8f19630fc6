import { z } from 'zod';

export const rankingInputSchema = z
  .object({
    ranks: z
      .array(
        z.object({
          applicationId: z
            .string()
            .min(1)
            .max(100)
            .describe('An application of your country to the session.'),
          rank: z
            .number()
            .int()
            .min(1)
            .max(10_000)
            .nullable()
            .describe('Its place in your country’s ranking (1 first); null takes the rank away.'),
        }),
      )
      .min(1)
      .max(500)
      .describe('The ranks to set; applications left out keep theirs.'),
  })
  .describe('A contact point’s ranking of their country’s applicants, before the selection deadline.');
export type RankingInput = z.infer<typeof rankingInputSchema>;

export const rankingSchema = z.object({
  sessionId: z.string(),
  ranks: z.array(z.object({ applicationId: z.string(), country: z.string(), rank: z.number().nullable() })),
});
export type RankingView = z.infer<typeof rankingSchema>;
