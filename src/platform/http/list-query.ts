import { z } from 'zod';

/**
 * Pieces shared by the API's searchable lists (`GET /api/v1/courses`, `GET /api/v1/resources`): the
 * repeatable filter parameter, paging, and the answer's envelope with facet counts.
 */

/** A repeatable parameter (`?topic=a&topic=b`): values are alternatives; an unknown one is refused. */
export const repeatedParameter = (description: string, isKnown: (value: string) => boolean = () => true) =>
  z
    .union([z.string().max(200), z.array(z.string().max(200)).max(50)])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter(Boolean))
    .refine((values) => values.every(isKnown), 'holds an unknown value')
    .describe(`${description} Repeat the parameter for alternatives (OR).`);

export const inList = (list: readonly string[]) => (value: string) => list.includes(value);

/** `page` and `pageSize` of a list; `noun` names what is listed ("Courses", "Resources"). */
export const pagingParameters = (noun: string) => ({
  page: z.coerce.number().int().min(1).max(10_000).default(1).describe('Page number, from 1.'),
  pageSize: z.coerce.number().int().min(1).max(100).default(20).describe(`${noun} per page, at most 100.`),
});

/** A facet value as a list counts it, with its label in the reader's language. */
export interface FacetValue {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

export const facetValueSchema = z.object({ value: z.string(), label: z.string(), count: z.number().int() });

/** The answer of a searchable list: a page of items, the total, the order, and the facet counts. */
export function searchListSchema<Item extends z.ZodType, Sort extends readonly [string, ...string[]]>(
  item: Item,
  sorts: Sort,
  noun: string,
) {
  return z.object({
    items: z.array(item),
    total: z.number().int().describe(`${noun} matching, over all pages.`),
    sort: z.enum(sorts).describe('The order of the items.'),
    page: z.number().int(),
    pageSize: z.number().int(),
    facets: z
      .record(z.string(), z.array(facetValueSchema))
      .describe('Per facet, its values with labels and counts (each counted without its own filter).'),
  });
}
