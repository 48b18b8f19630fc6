/** Topics of the catalogue; the five Training Living Lab topics are seeded by migration. */
export interface TopicTable {
  code: string;
  position: number;
  is_living_lab: number;
}

export interface CatalogueTables {
  topic: TopicTable;
}
