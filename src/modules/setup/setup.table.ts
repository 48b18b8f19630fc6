import type { Generated } from 'kysely';

export interface SetupTokenTable {
  token_hash: string;
  purpose: 'first-admin';
  expires_at: string;
  used_at: string | null;
  created_at: Generated<string>;
}

export interface AppSettingTable {
  key: string;
  value: string;
}

export interface SetupTables {
  setup_token: SetupTokenTable;
  app_setting: AppSettingTable;
}
