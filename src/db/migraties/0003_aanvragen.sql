-- Aanvragen (issue 4): every request is a stream of events (the truth), with one projection row
-- per request for lists, filters and pages. Both are written in the same transaction as the audit
-- records, inbox rows and outbox mails of the change. See docs/adr/0650-aanvragen-opslag-en-api.md.

-- Projection: the state after the last event (as evolve built it), plus the columns lists filter on.
CREATE TABLE aanvragen (
  id                        uuid PRIMARY KEY,
  referentienummer          text NOT NULL UNIQUE,
  procedure_id              text NOT NULL,
  catalogus_versie          text NOT NULL,
  status                    text NOT NULL,
  spoed                     boolean NOT NULL,
  -- veiligheidsregio id (vr09)
  regio                     text NOT NULL,
  aanvrager_organisatie_id  text NOT NULL,
  -- Organisations with a part in the request (betrokkenOrganisaties): who may see it.
  betrokken                 text[] NOT NULL,
  -- Number of events: the version the next command must name.
  versie                    integer NOT NULL CHECK (versie >= 1),
  state                     jsonb NOT NULL,
  -- Tasks available now (for the lists' "open taken").
  open_taken                integer NOT NULL DEFAULT 0,
  -- Earliest due time of an open task or the formalisation (null: nothing due), for "te laat".
  eerste_termijn            timestamptz,
  aangemaakt                timestamptz NOT NULL,
  gewijzigd                 timestamptz NOT NULL
);
CREATE INDEX aanvragen_betrokken ON aanvragen USING gin (betrokken);
CREATE INDEX aanvragen_gewijzigd ON aanvragen (gewijzigd DESC);
CREATE INDEX aanvragen_termijn ON aanvragen (eerste_termijn) WHERE eerste_termijn IS NOT NULL;

-- The events. (aanvraag_id, volgnummer) is unique: two writers that both decided on version n
-- both append n+1, and the second one fails (→ 409 with the current state).
CREATE TABLE aanvraag_events (
  aanvraag_id          uuid NOT NULL REFERENCES aanvragen(id),
  volgnummer           integer NOT NULL CHECK (volgnummer >= 1),
  type                 text NOT NULL,
  schema_versie        integer NOT NULL,
  gegevens             jsonb NOT NULL,
  op                   timestamptz NOT NULL,
  door_gebruiker_id    text NOT NULL,
  door_naam            text NOT NULL,
  door_organisatie_id  text NOT NULL,
  -- "door of namens": on whose behalf, where the event records it.
  namens               text,
  request_id           text,
  CONSTRAINT aanvraag_events_volgorde UNIQUE (aanvraag_id, volgnummer)
);

-- Events are never changed or removed.
CREATE FUNCTION aanvraag_events_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'aanvraag_events is append-only (% geweigerd)', TG_OP USING ERRCODE = '42501';
END;
$$;
CREATE TRIGGER aanvraag_events_alleen_toevoegen
  BEFORE UPDATE OR DELETE ON aanvraag_events
  FOR EACH ROW EXECUTE FUNCTION aanvraag_events_alleen_toevoegen();
CREATE TRIGGER aanvraag_events_niet_legen
  BEFORE TRUNCATE ON aanvraag_events
  FOR EACH STATEMENT EXECUTE FUNCTION aanvraag_events_alleen_toevoegen();

-- Reference numbers B-<jaar>-<VRxx>-<nnnn>: one counter per (year, region), incremented in the
-- transaction that creates the request: a rolled-back request takes its number with it, and the
-- row lock serialises concurrent filers of one region.
CREATE TABLE aanvraag_referenties (
  jaar      integer NOT NULL,
  regio     text NOT NULL,
  laatste   integer NOT NULL CHECK (laatste >= 1),
  PRIMARY KEY (jaar, regio)
);
