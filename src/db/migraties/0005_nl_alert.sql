-- NL-Alert bij extreem geweld (issue 6): the guarded decision workflow, police inputs, the
-- release to the broadcast gateway with its attempts, the §4d.4 notification task, and the
-- safety-region outlines for the offline map. See docs/adr/0250-nl-alert-besluitvorming.md.

CREATE TABLE nl_alerts (
  id                      uuid PRIMARY KEY,
  -- The veiligheidsregio (organisaties.id of soort veiligheidsregio) whose mandated official decides.
  regio_id                text NOT NULL REFERENCES organisaties(id),
  incident                text NOT NULL,
  soort                   text NOT NULL CHECK (soort IN ('alert', 'update', 'einde-situatie')),
  -- A follow-up (update, einde situatie) points at the alert it follows (CAP references).
  origineel_id            uuid REFERENCES nl_alerts(id),
  scenario                text NOT NULL CHECK (scenario IN ('acute-dreiging', 'acute-situatie', 'nafase')),
  status                  text NOT NULL CHECK (status IN ('Actual', 'Exercise', 'Test')),
  concept                 jsonb NOT NULL,
  fase                    text NOT NULL DEFAULT 'concept' CHECK (fase IN
                            ('concept', 'advies', 'second-opinion', 'besluit', 'niet-verzenden',
                             'vrijgegeven', 'verzonden', 'mislukt', 'beeindigd')),
  -- Optimistic concurrency: every change names the version it saw; a stale one gets 409.
  versie                  integer NOT NULL DEFAULT 1,
  besluit                 text CHECK (besluit IN ('verzenden', 'niet-verzenden')),
  besluit_afweging        text,
  besluit_versie          integer,
  besluit_door            uuid REFERENCES gebruikers(id),
  besluit_op              timestamptz,
  erkende_waarschuwingen  jsonb NOT NULL DEFAULT '[]',
  erkend_versie           integer,
  erkend_door             uuid REFERENCES gebruikers(id),
  erkend_op               timestamptz,
  cap_identifier          text UNIQUE,
  cap_sender              text,
  cap_sent                text,
  cap_xml                 text,
  vrijgegeven_door        uuid REFERENCES gebruikers(id),
  vrijgegeven_op          timestamptz,
  beeindigd_op            timestamptz,
  aangemaakt_door         uuid NOT NULL REFERENCES gebruikers(id),
  aangemaakt              timestamptz NOT NULL DEFAULT now(),
  gewijzigd               timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX nl_alerts_regio ON nl_alerts (regio_id, aangemaakt DESC);
CREATE INDEX nl_alerts_origineel ON nl_alerts (origineel_id);

-- §4b: the advice (HOvD-P or OvD-OC) and the second opinion (HOvD LE), each given by the
-- officer in Knooppunt or recorded on their behalf after a phone call. Rows are never changed;
-- a later input of the same kind supersedes the earlier one (newest counts).
CREATE TABLE nl_alert_inbreng (
  id                uuid PRIMARY KEY,
  alert_id          uuid NOT NULL REFERENCES nl_alerts(id),
  soort             text NOT NULL CHECK (soort IN ('advies', 'second-opinion')),
  wijze             text NOT NULL CHECK (wijze IN ('zelf', 'telefonisch')),
  advies            text NOT NULL CHECK (advies IN ('verzenden', 'niet-verzenden')),
  naam              text NOT NULL,
  functie           text NOT NULL,
  tijdstip          timestamptz NOT NULL,
  samenvatting      text NOT NULL,
  -- §4b.3: the officer weighed the §4e risks. Stored only when confirmed.
  risicos_gewogen   boolean NOT NULL CHECK (risicos_gewogen),
  concept_versie    integer NOT NULL,
  vastgelegd_door   uuid NOT NULL REFERENCES gebruikers(id),
  vastgelegd_op     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX nl_alert_inbreng_alert ON nl_alert_inbreng (alert_id, vastgelegd_op);

-- §4d.4: at release the local competent authority is informed in parallel; a task until confirmed.
CREATE TABLE nl_alert_taken (
  id                uuid PRIMARY KEY,
  alert_id          uuid NOT NULL REFERENCES nl_alerts(id),
  soort             text NOT NULL CHECK (soort IN ('informeer-lokaal-gezag')),
  omschrijving      text NOT NULL,
  aangemaakt        timestamptz NOT NULL DEFAULT now(),
  bevestigd_door    uuid REFERENCES gebruikers(id),
  bevestigd_op      timestamptz,
  bevestiging       text
);
CREATE INDEX nl_alert_taken_alert ON nl_alert_taken (alert_id);

-- One delivery of a CAP message to the broadcast gateway. Claimed with FOR UPDATE SKIP LOCKED and
-- a lease, so several instances can retry side by side and a crashed attempt is taken up again;
-- rows are never deleted (nothing is lost: it ends 'ontvangen' or 'mislukt', and can be retried).
CREATE TABLE nl_alert_verzendingen (
  id                uuid PRIMARY KEY,
  alert_id          uuid NOT NULL UNIQUE REFERENCES nl_alerts(id),
  cap_identifier    text NOT NULL,
  status            text NOT NULL DEFAULT 'wachtend'
                    CHECK (status IN ('wachtend', 'bezig', 'ontvangen', 'mislukt')),
  pogingen          integer NOT NULL DEFAULT 0,
  volgende_poging   timestamptz NOT NULL DEFAULT now(),
  geclaimd_tot      timestamptz,
  ontvangen_op      timestamptz,
  laatste_fout      text,
  aangemaakt        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX nl_alert_verzendingen_te_doen ON nl_alert_verzendingen (volgende_poging)
  WHERE status IN ('wachtend', 'bezig');

CREATE TABLE nl_alert_pogingen (
  id                uuid PRIMARY KEY,
  verzending_id     uuid NOT NULL REFERENCES nl_alert_verzendingen(id),
  nummer            integer NOT NULL,
  begonnen          timestamptz NOT NULL,
  duur_ms           integer NOT NULL,
  url               text NOT NULL,
  http_status       integer,
  antwoord          text,
  fout              text,
  gelukt            boolean NOT NULL
);
CREATE INDEX nl_alert_pogingen_verzending ON nl_alert_pogingen (verzending_id, nummer);

-- Safety-region outlines (CBS Gebiedsindelingen via PDOK), imported by the administrator
-- (knooppunt regiogrenzen import) for the map when the PDOK tiles are unreachable.
CREATE TABLE regiogrenzen (
  code              text PRIMARY KEY,
  naam              text NOT NULL,
  geometrie         jsonb NOT NULL,
  bron              text NOT NULL,
  geimporteerd      timestamptz NOT NULL DEFAULT now()
);
