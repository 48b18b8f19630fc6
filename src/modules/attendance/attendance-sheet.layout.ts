/** The geometry of the attendance sheet, in PDF points (1/72 inch): pure, so pagination is testable. */

const A4 = { short: 595.28, long: 841.89 } as const;
export const margin = 36;
/** About 10.5 mm: room for a handwritten signature. */
export const rowHeight = 30;
export const tableHeaderHeight = 30;
export const footerHeight = 62;

/** Up to three days fit a portrait page; more turn it to landscape, and past seven the days are split. */
const portraitDays = 3;
const landscapeDays = 7;
const numberWidth = 24;
const maxDayWidth = 96;
const minTextWidth = 240;

export interface Column {
  readonly x: number;
  readonly width: number;
}

export interface SheetLayout {
  readonly layout: 'portrait' | 'landscape';
  readonly width: number;
  readonly height: number;
  readonly number: Column;
  readonly name: Column;
  readonly organisation: Column;
  /** One column per day of a page's day group, left to right. */
  readonly days: readonly Column[];
  /** The session days, in groups that each fit across one page. */
  readonly dayGroups: readonly (readonly string[])[];
}

export interface SheetPage {
  readonly days: readonly string[];
  /** Index of the first participant on the page, and how many follow. */
  readonly first: number;
  readonly count: number;
}

export function sheetLayout(days: readonly string[]): SheetLayout {
  const layout = days.length <= portraitDays ? 'portrait' : 'landscape';
  const perPage = layout === 'portrait' ? portraitDays : landscapeDays;
  const dayGroups: string[][] = [];
  for (let start = 0; start < days.length; start += perPage)
    dayGroups.push(days.slice(start, start + perPage));
  const [width, height] = layout === 'portrait' ? [A4.short, A4.long] : [A4.long, A4.short];
  const inner = width - 2 * margin;
  const dayCount = Math.max(...dayGroups.map((group) => group.length));
  const dayWidth = Math.min(maxDayWidth, (inner - numberWidth - minTextWidth) / dayCount);
  const textWidth = inner - numberWidth - dayCount * dayWidth;
  const nameWidth = Math.round(textWidth * 0.55);
  const number = { x: margin, width: numberWidth };
  const name = { x: number.x + numberWidth, width: nameWidth };
  const organisation = { x: name.x + nameWidth, width: textWidth - nameWidth };
  const firstDay = organisation.x + organisation.width;
  const columns = Array.from({ length: dayCount }, (_, index) => ({
    x: firstDay + index * dayWidth,
    width: dayWidth,
  }));
  return { layout, width, height, number, name, organisation, days: columns, dayGroups };
}

/** How many signature rows fit below a header of `headerHeight` points. */
export function rowsPerPage(layout: SheetLayout, headerHeight: number): number {
  const room = layout.height - 2 * margin - headerHeight - tableHeaderHeight - footerHeight;
  return Math.max(1, Math.floor(room / rowHeight));
}

/** Every participant on every day group: the pages in print order, at least one. */
export function sheetPages(layout: SheetLayout, participantCount: number, rows: number): SheetPage[] {
  const pages: SheetPage[] = [];
  for (const days of layout.dayGroups) {
    for (let first = 0; first === 0 || first < participantCount; first += rows) {
      pages.push({ days, first, count: Math.min(rows, participantCount - first) });
    }
  }
  return pages;
}
