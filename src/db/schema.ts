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

// --- 0002: outbox, inbox, idempotentie (src/db/outbox.ts, src/db/inbox.ts, src/http/kern/idempotentie.ts)
export type OutboxStatus = "wachtend" | "bezig" | "verzonden" | "mislukt";

export interface OutboxTable {
  id: Generated<number>;
  soort: string;
  sleutel: string | null;
  gegevens: unknown;
  status: Generated<OutboxStatus>;
  pogingen: Generated<number>;
  volgende_poging: Tijd;
  geclaimd_tot: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  laatste_fout: string | null;
  aangemaakt: Tijd;
  verwerkt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface MeldingenTable {
  id: string;
  gebruiker_id: string;
  soort: Generated<string>;
  titel: string;
  tekst: string;
  link: string | null;
  onderwerp_soort: string | null;
  onderwerp_id: string | null;
  aangemaakt: Tijd;
  gelezen: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface IdempotentieTable {
  gebruiker_id: string;
  sleutel: string;
  methode: string;
  pad: string;
  verzoek_hash: string;
  status: number | null;
  antwoord_type: string | null;
  antwoord: string | null;
  aangemaakt: Tijd;
}

// --- 0005: NL-Alert bij extreem geweld (src/db/nl-alert.ts)
type TijdOfNull = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface NlAlertsTable {
  id: string;
  regio_id: string;
  incident: string;
  soort: "alert" | "update" | "einde-situatie";
  origineel_id: string | null;
  scenario: string;
  status: "Actual" | "Exercise" | "Test";
  concept: unknown;
  fase: Generated<string>;
  versie: Generated<number>;
  besluit: "verzenden" | "niet-verzenden" | null;
  besluit_afweging: string | null;
  /** 0012: advice put to the driehoek (optional). */
  besluit_driehoek: "ja" | "nee-geen-tijd" | null;
  besluit_versie: number | null;
  besluit_door: string | null;
  besluit_op: TijdOfNull;
  erkende_waarschuwingen: ColumnType<unknown, string | undefined, string>;
  /** 0011: code → reason, for warnings acknowledged with a reason. */
  erkend_redenen: ColumnType<unknown, string | undefined, string>;
  erkend_versie: number | null;
  erkend_door: string | null;
  erkend_op: TijdOfNull;
  cap_identifier: string | null;
  cap_sender: string | null;
  cap_sent: string | null;
  cap_xml: string | null;
  vrijgegeven_door: string | null;
  vrijgegeven_op: TijdOfNull;
  beeindigd_op: TijdOfNull;
  /** 0013: the einde-situatie prompt closed without a message, and why. */
  einde_afgesloten_door: string | null;
  einde_afgesloten_op: TijdOfNull;
  einde_afgesloten_reden: string | null;
  aangemaakt_door: string;
  aangemaakt: Tijd;
  gewijzigd: Tijd;
}

export interface NlAlertInbrengTable {
  id: string;
  alert_id: string;
  soort: "advies" | "second-opinion";
  wijze: "zelf" | "telefonisch";
  advies: "verzenden" | "niet-verzenden";
  naam: string;
  functie: string;
  tijdstip: Tijd;
  samenvatting: string;
  risicos_gewogen: boolean;
  concept_versie: number;
  vastgelegd_door: string;
  vastgelegd_op: Tijd;
}

export interface NlAlertTakenTable {
  id: string;
  alert_id: string;
  soort: "informeer-lokaal-gezag";
  omschrijving: string;
  aangemaakt: Tijd;
  bevestigd_door: string | null;
  bevestigd_op: TijdOfNull;
  bevestiging: string | null;
}

export interface NlAlertVerzendingenTable {
  id: string;
  alert_id: string;
  cap_identifier: string;
  status: Generated<"wachtend" | "bezig" | "ontvangen" | "mislukt">;
  pogingen: Generated<number>;
  volgende_poging: Tijd;
  geclaimd_tot: TijdOfNull;
  ontvangen_op: TijdOfNull;
  laatste_fout: string | null;
  aangemaakt: Tijd;
}

export interface NlAlertPogingenTable {
  id: string;
  verzending_id: string;
  nummer: number;
  begonnen: Tijd;
  duur_ms: number;
  url: string;
  http_status: number | null;
  antwoord: string | null;
  fout: string | null;
  gelukt: boolean;
}

export interface RegiogrenzenTable {
  code: string;
  naam: string;
  geometrie: unknown;
  bron: string;
  geimporteerd: Tijd;
}

// --- 0004: capaciteit (src/db/capaciteit.ts)
export type CapaciteitToestand = "beschikbaar" | "gereserveerd" | "ingezet" | "niet-inzetbaar";
type Json = ColumnType<unknown, string, string>;

export interface CapaciteitItemsTable {
  id: string;
  type_id: string;
  organisatie_id: string;
  naam: string;
  aantal: number;
  lat: number;
  lon: number;
  regio_id: string;
  reactietijd_minuten: number | null;
  toestand: CapaciteitToestand;
  beschikbaarheid: Json;
  contact: string;
  toelichting: string | null;
  versie: Generated<number>;
  opgeheven: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  aangemaakt: Tijd;
  gewijzigd: Tijd;
}

export interface CapaciteitItemVersiesTable {
  item_id: string;
  versie: number;
  geldig: string;
  type_id: string;
  organisatie_id: string;
  naam: string;
  aantal: number;
  lat: number;
  lon: number;
  regio_id: string;
  reactietijd_minuten: number | null;
  toestand: CapaciteitToestand;
  beschikbaarheid: Json;
  opgeheven: Generated<boolean>;
}

export interface CapaciteitEenhedenTable {
  id: string;
  item_id: string;
  volgnummer: number;
  opgeheven: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface CapaciteitBoekingenTable {
  id: string;
  eenheid_id: string;
  item_id: string;
  soort: "reservering" | "inzet";
  aanvraag_id: string | null;
  plan_id: string | null;
  vraag_id: string | null;
  periode: string;
  gevraagd_van: Tijd;
  gevraagd_tot: Tijd;
  geboekt_door: string | null;
  geboekt_op: Tijd;
  vrijgegeven_op: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  vrijgegeven_door: string | null;
  vrijgave_reden: string | null;
  opvolger_id: string | null;
}

export interface CapaciteitVraagTable {
  id: string;
  type_id: string;
  aantal: number;
  lat: number;
  lon: number;
  regio_id: string;
  locatie_naam: string;
  van: Tijd;
  tot: Tijd;
  doelstelling: string;
  urgentie: "acuut" | "regulier";
  prioriteit: number;
  motivering: string;
  aanvraag_id: string | null;
  aanvrager: string;
  /** 0014: the OvJ's consent recorded on TIN demand (ADR 0353); both or neither. */
  instemming_ovj_naam: ColumnType<string | null, string | null | undefined, string | null>;
  instemming_ovj_op: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  instemming_ovj_door: ColumnType<string | null, string | null | undefined, string | null>;
  status: "open" | "toegewezen" | "deels-toegewezen" | "vervallen";
  toegewezen: Generated<number>;
  versie: Generated<number>;
  aangemaakt_door: string | null;
  aangemaakt: Tijd;
  gewijzigd: Tijd;
}

export type PlanStatus =
  | "concept"
  | "ingediend"
  | "voorgelegd-iccb"
  | "vastgesteld"
  | "gewijzigd"
  | "verworpen"
  | "ingetrokken";

export interface CapaciteitPlannenTable {
  id: string;
  nummer: string;
  status: PlanStatus;
  periode_van: Tijd;
  periode_tot: Tijd;
  typen: string[];
  beleid: Json;
  invoer: Json;
  uitkomst: Json;
  rekentijd_ms: number;
  opgesteld_door: string;
  opgesteld_namens: string;
  opgesteld_op: Tijd;
  ingediend_door: string | null;
  ingediend_op: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  vastgestelde_toewijzingen: ColumnType<unknown, string | null | undefined, string | null>;
  versie: Generated<number>;
  gewijzigd: Tijd;
}

export interface CapaciteitPlanBesluitenTable {
  id: string;
  plan_id: string;
  orgaan: "crisisberaad" | "iccb";
  soort: "beoordeling" | "voorlegging" | "besluit";
  uitkomst: string;
  toelichting: string;
  gegevens: Json;
  door: string;
  op: Tijd;
}

// --- 0010: rate limits counted across instances (src/http/kern/tellers.ts)
export interface VerzoekTellersTable {
  sleutel: string;
  venster_start: Date;
  aantal: number;
}

// --- 0003: aanvragen (src/db/aanvragen.ts)
export interface AanvragenTable {
  id: string;
  referentienummer: string;
  procedure_id: string;
  catalogus_versie: string;
  status: string;
  spoed: boolean;
  regio: string;
  aanvrager_organisatie_id: string;
  betrokken: string[];
  versie: number;
  state: ColumnType<unknown, string, string>;
  open_taken: number;
  /** "<rol>@<organisatie>" of who can act on the tasks available now (migration 0008). */
  open_taak_eigenaars: string[];
  /** PROJECTIE_VERSIE the state was derived with (migration 0009); lower ones are rebuilt. */
  projectie_versie: ColumnType<number, number | undefined, number>;
  eerste_termijn: ColumnType<Date | null, Date | string | null, Date | string | null>;
  aangemaakt: Tijd;
  gewijzigd: Tijd;
}

export interface AanvraagEventsTable {
  aanvraag_id: string;
  volgnummer: number;
  type: string;
  schema_versie: number;
  gegevens: ColumnType<unknown, string, never>;
  op: Tijd;
  door_gebruiker_id: string;
  door_naam: string;
  door_organisatie_id: string;
  namens: string | null;
  request_id: string | null;
}

export interface AanvraagReferentiesTable {
  jaar: number;
  regio: string;
  laatste: number;
}

// --- 0006: bijlagen van aanvragen (src/http/aanvragen/bijlagen.ts)
export interface AanvraagBijlagenTable {
  id: string;
  aanvraag_id: string;
  naam: string;
  mediatype: string;
  grootte_bytes: number;
  sha256: string;
  inhoud: Uint8Array;
  door_gebruiker_id: string;
  op: Tijd;
}

// Dreigingsniveau (0016; ADR 0800).
export interface DreigingsniveauStandTable {
  id: number;
  niveau: number | null;
  gewijzigd_op: Date | null;
  versie: Generated<number>;
}

export interface DreigingsniveauWijzigingenTable {
  id: string;
  soort: "afkondiging" | "afschaling";
  van_niveau: number | null;
  naar_niveau: number;
  op: Tijd;
  door: string | null;
  duiding: string | null;
  oproep_burgers: string | null;
  overleg_met: Json | null;
  overleg_op: Date | string | null;
  overleg_samenvatting: string | null;
  informatie_tekst: string | null;
  informatie_op: Date | string | null;
  informatie_door: string | null;
  versie: Generated<number>;
}

export interface DreigingMaatregelenTable {
  id: string;
  gezag_organisatie_id: string;
  gezag_rol: string;
  omschrijving: string;
  voorbeeld: string | null;
  niveau_bij_nemen: number | null;
  genomen_op: Tijd;
  genomen_door: string | null;
  beeindigd_op: Date | string | null;
  beeindigd_door: string | null;
  communicatie: string | null;
  versie: Generated<number>;
}

export interface DB {
  organisaties: OrganisatiesTable;
  gebruikers: GebruikersTable;
  gebruiker_rollen: GebruikerRollenTable;
  sessies: SessiesTable;
  audit_records: AuditRecordsTable;
  audit_kop: AuditKopTable;
  aanvraag_bijlagen: AanvraagBijlagenTable;
  schema_migraties: SchemaMigratiesTable;
  outbox: OutboxTable;
  meldingen: MeldingenTable;
  idempotentie: IdempotentieTable;
  nl_alerts: NlAlertsTable;
  nl_alert_inbreng: NlAlertInbrengTable;
  nl_alert_taken: NlAlertTakenTable;
  nl_alert_verzendingen: NlAlertVerzendingenTable;
  nl_alert_pogingen: NlAlertPogingenTable;
  regiogrenzen: RegiogrenzenTable;
  capaciteit_items: CapaciteitItemsTable;
  capaciteit_item_versies: CapaciteitItemVersiesTable;
  capaciteit_eenheden: CapaciteitEenhedenTable;
  capaciteit_boekingen: CapaciteitBoekingenTable;
  capaciteit_vraag: CapaciteitVraagTable;
  capaciteit_plannen: CapaciteitPlannenTable;
  capaciteit_plan_besluiten: CapaciteitPlanBesluitenTable;
  aanvragen: AanvragenTable;
  verzoek_tellers: VerzoekTellersTable;
  aanvraag_events: AanvraagEventsTable;
  aanvraag_referenties: AanvraagReferentiesTable;
  dreigingsniveau_stand: DreigingsniveauStandTable;
  dreigingsniveau_wijzigingen: DreigingsniveauWijzigingenTable;
  dreiging_maatregelen: DreigingMaatregelenTable;
}
