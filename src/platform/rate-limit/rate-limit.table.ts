export interface RateLimitCounterTable {
  /** `bucket:` + a keyed hash of the client key (never the raw IP address). */
  key: string;
  hits: number;
  window_ends_at: string;
}

export interface RateLimitTables {
  rate_limit_counter: RateLimitCounterTable;
}
