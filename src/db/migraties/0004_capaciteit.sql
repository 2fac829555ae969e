-- Capaciteitenoverzicht en verdeling bij schaarste (issue 5): the registry of capacity items per
-- owning organisation, one row per countable unit, bookings per unit that the database itself
-- keeps from overlapping, open demand, and the capaciteiten- en inzetplan with its assessments.
-- Decisions: docs/adr/0350-capaciteit-register-en-boekingen.md, 0351-capaciteit-inzetplan.md.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE capaciteit_items (
  id                    uuid PRIMARY KEY,
  -- A type id from src/domain/capaciteit/catalogus.ts (checked in code: the catalogue is data).
  type_id               text NOT NULL,
  organisatie_id        text NOT NULL REFERENCES organisaties(id),
  naam                  text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
  aantal                integer NOT NULL CHECK (aantal BETWEEN 1 AND 5000),
  lat                   double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon                   double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
  -- The veiligheidsregio of the base location (organisaties.id of soort veiligheidsregio).
  regio_id              text NOT NULL REFERENCES organisaties(id),
  reactietijd_minuten   integer CHECK (reactietijd_minuten >= 0),
  -- The owner's declaration. 'beschikbaar' means: per unit, the bookings decide.
  toestand              text NOT NULL CHECK (toestand IN ('beschikbaar', 'gereserveerd', 'ingezet', 'niet-inzetbaar')),
  -- [{ "van": iso, "tot": iso }]; empty = always available.
  beschikbaarheid       jsonb NOT NULL DEFAULT '[]',
  contact               text NOT NULL CHECK (length(contact) BETWEEN 1 AND 500),
  toelichting           text,
  versie                integer NOT NULL DEFAULT 1,
  opgeheven             timestamptz,
  aangemaakt            timestamptz NOT NULL DEFAULT now(),
  gewijzigd             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX capaciteit_items_org ON capaciteit_items (organisatie_id);
CREATE INDEX capaciteit_items_type ON capaciteit_items (type_id, regio_id);

-- History: every version of an item with the period it was valid; the current one has an open end.
-- "What was where, in which state, on Tuesday 14:00" reads the version whose period holds that moment.
CREATE TABLE capaciteit_item_versies (
  item_id               uuid NOT NULL REFERENCES capaciteit_items(id),
  versie                integer NOT NULL,
  geldig                tstzrange NOT NULL,
  type_id               text NOT NULL,
  organisatie_id        text NOT NULL,
  naam                  text NOT NULL,
  aantal                integer NOT NULL,
  lat                   double precision NOT NULL,
  lon                   double precision NOT NULL,
  regio_id              text NOT NULL,
  reactietijd_minuten   integer,
  toestand              text NOT NULL,
  beschikbaarheid       jsonb NOT NULL,
  opgeheven             boolean NOT NULL DEFAULT false,
  PRIMARY KEY (item_id, versie),
  EXCLUDE USING gist (item_id WITH =, geldig WITH &&)
);

-- One row per countable unit of an item (a platoon, a vehicle, a blanket). Bookings are per unit.
CREATE TABLE capaciteit_eenheden (
  id          uuid PRIMARY KEY,
  item_id     uuid NOT NULL REFERENCES capaciteit_items(id),
  volgnummer  integer NOT NULL CHECK (volgnummer >= 1),
  -- Set when the owner lowers the quantity; the unit stays for history.
  opgeheven   timestamptz,
  UNIQUE (item_id, volgnummer)
);

CREATE TABLE capaciteit_plannen (
  id                  uuid PRIMARY KEY,
  nummer              text NOT NULL UNIQUE,
  status              text NOT NULL CHECK (status IN
                        ('concept', 'ingediend', 'voorgelegd-iccb', 'vastgesteld', 'gewijzigd', 'verworpen', 'ingetrokken')),
  periode_van         timestamptz NOT NULL,
  periode_tot         timestamptz NOT NULL CHECK (periode_tot > periode_van),
  typen               text[] NOT NULL,
  beleid              jsonb NOT NULL,
  -- The instance as solved (units, demands) and what each id means, so the plan can be shown and
  -- booked exactly as it was computed even after the registry changed.
  invoer              jsonb NOT NULL,
  uitkomst            jsonb NOT NULL,
  rekentijd_ms        integer NOT NULL,
  opgesteld_door      uuid NOT NULL REFERENCES gebruikers(id),
  opgesteld_namens    text NOT NULL REFERENCES organisaties(id),
  opgesteld_op        timestamptz NOT NULL,
  ingediend_door      uuid REFERENCES gebruikers(id),
  ingediend_op        timestamptz,
  -- The allocation the Crisisberaad adopted (the proposal, or its amendment).
  vastgestelde_toewijzingen jsonb,
  versie              integer NOT NULL DEFAULT 1,
  gewijzigd           timestamptz NOT NULL DEFAULT now()
);

-- Assessments, advice and decisions on a plan; rows are never changed.
CREATE TABLE capaciteit_plan_besluiten (
  id            uuid PRIMARY KEY,
  plan_id       uuid NOT NULL REFERENCES capaciteit_plannen(id),
  orgaan        text NOT NULL CHECK (orgaan IN ('crisisberaad', 'iccb')),
  soort         text NOT NULL CHECK (soort IN ('beoordeling', 'voorlegging', 'besluit')),
  uitkomst      text NOT NULL,
  toelichting   text NOT NULL,
  gegevens      jsonb NOT NULL DEFAULT '{}',
  door          uuid NOT NULL REFERENCES gebruikers(id),
  op            timestamptz NOT NULL
);
CREATE INDEX capaciteit_plan_besluiten_plan ON capaciteit_plan_besluiten (plan_id, op);

-- Bookings are never deleted. Freeing sets the end of `periode` (to the moment of freeing, or
-- makes it empty when freed before it began); the exclusion constraint then allows a new booking.
CREATE TABLE capaciteit_boekingen (
  id              uuid PRIMARY KEY,
  eenheid_id      uuid NOT NULL REFERENCES capaciteit_eenheden(id),
  item_id         uuid NOT NULL REFERENCES capaciteit_items(id),
  soort           text NOT NULL CHECK (soort IN ('reservering', 'inzet')),
  aanvraag_id     text,
  plan_id         uuid REFERENCES capaciteit_plannen(id),
  vraag_id        uuid,
  periode         tstzrange NOT NULL,
  -- The period as booked, before any freeing.
  gevraagd_van    timestamptz NOT NULL,
  gevraagd_tot    timestamptz NOT NULL CHECK (gevraagd_tot > gevraagd_van),
  geboekt_door    uuid REFERENCES gebruikers(id),
  geboekt_op      timestamptz NOT NULL,
  vrijgegeven_op  timestamptz,
  vrijgegeven_door uuid REFERENCES gebruikers(id),
  vrijgave_reden  text,
  opvolger_id     uuid REFERENCES capaciteit_boekingen(id),
  CHECK (aanvraag_id IS NOT NULL OR plan_id IS NOT NULL),
  -- No double booking, enforced by the database under concurrency (issue 5).
  CONSTRAINT capaciteit_geen_dubbele_boeking EXCLUDE USING gist (eenheid_id WITH =, periode WITH &&)
);
CREATE INDEX capaciteit_boekingen_item ON capaciteit_boekingen (item_id);
CREATE INDEX capaciteit_boekingen_aanvraag ON capaciteit_boekingen (aanvraag_id);
CREATE INDEX capaciteit_boekingen_plan ON capaciteit_boekingen (plan_id);
CREATE INDEX capaciteit_boekingen_periode ON capaciteit_boekingen USING gist (periode);

-- Open demand per type, location, period, objective and urgency: filled by the LOCC or by the
-- requests capability (registreerVraag in src/db/capaciteit.ts).
CREATE TABLE capaciteit_vraag (
  id              uuid PRIMARY KEY,
  type_id         text NOT NULL,
  aantal          integer NOT NULL CHECK (aantal BETWEEN 1 AND 5000),
  lat             double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon             double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
  regio_id        text NOT NULL REFERENCES organisaties(id),
  locatie_naam    text NOT NULL,
  van             timestamptz NOT NULL,
  tot             timestamptz NOT NULL CHECK (tot > van),
  doelstelling    text NOT NULL CHECK (doelstelling IN ('redden', 'voorkomen-aanslag', 'opsporen', 'onrust', 'veerkracht')),
  urgentie        text NOT NULL CHECK (urgentie IN ('acuut', 'regulier')),
  prioriteit      integer NOT NULL CHECK (prioriteit BETWEEN 1 AND 5),
  motivering      text NOT NULL,
  aanvraag_id     text,
  aanvrager       text NOT NULL,
  status          text NOT NULL CHECK (status IN ('open', 'toegewezen', 'deels-toegewezen', 'vervallen')),
  toegewezen      integer NOT NULL DEFAULT 0,
  versie          integer NOT NULL DEFAULT 1,
  aangemaakt_door uuid REFERENCES gebruikers(id),
  aangemaakt      timestamptz NOT NULL DEFAULT now(),
  gewijzigd       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX capaciteit_vraag_type ON capaciteit_vraag (type_id, status);
ALTER TABLE capaciteit_boekingen ADD CONSTRAINT capaciteit_boekingen_vraag FOREIGN KEY (vraag_id) REFERENCES capaciteit_vraag(id);
