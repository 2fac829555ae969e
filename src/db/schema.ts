// Table types for Kysely. Keep in step with src/db/migraties/*.sql (the migrations are the truth).
import type { ColumnType, Generated } from "kysely";

type Tijd = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrganisatiesTable {
  id: string;
  naam: string;
  soort: string;
  ouder_id: string | null;
  regio_id: string | null;
  code: string | null;
  aangemaakt: Tijd;
}

export interface GebruikersTable {
  id: string;
  gebruikersnaam: string;
  naam: string;
  email: string | null;
  organisatie_id: string;
  wachtwoord_hash: string | null;
  oidc_subject: string | null;
  actief: Generated<boolean>;
  aangemaakt: Tijd;
  gewijzigd: Tijd;
}

export interface GebruikerRollenTable {
  gebruiker_id: string;
  rol: string;
}

export interface SessiesTable {
  id: string;
  gebruiker_id: string;
  aangemaakt: Tijd;
  laatst_actief: Tijd;
  verloopt: Tijd;
  beeindigd: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  herauthenticatie: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  bron: Generated<string>;
}

export interface AuditRecordsTable {
  volgnummer: number;
  tijdstip: Tijd;
  actor_id: string | null;
  actor_naam: string | null;
  actor_rollen: string[];
  actor_organisatie: string | null;
  actie: string;
  onderwerp_soort: string | null;
  onderwerp_id: string | null;
  gegevens: unknown;
  request_id: string | null;
  schema_versie: number;
  vorige_hash: string;
  hash: string;
}

export interface AuditKopTable {
  id: number;
  volgnummer: number;
  hash: string;
}

export interface SchemaMigratiesTable {
  naam: string;
  toegepast: Tijd;
}

export interface DB {
  organisaties: OrganisatiesTable;
  gebruikers: GebruikersTable;
  gebruiker_rollen: GebruikerRollenTable;
  sessies: SessiesTable;
  audit_records: AuditRecordsTable;
  audit_kop: AuditKopTable;
  schema_migraties: SchemaMigratiesTable;
}
