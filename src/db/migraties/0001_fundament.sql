-- Foundation: organisations, users, roles, sessions, the audit chain.
-- Forward-only: a released migration is never edited; a change is a new file.

CREATE TABLE organisaties (
  id          text PRIMARY KEY,
  naam        text NOT NULL,
  soort       text NOT NULL,
  ouder_id    text REFERENCES organisaties(id),
  regio_id    text REFERENCES organisaties(id),
  code        text,
  aangemaakt  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX organisaties_soort ON organisaties (soort);
CREATE INDEX organisaties_ouder ON organisaties (ouder_id);

CREATE TABLE gebruikers (
  id               uuid PRIMARY KEY,
  gebruikersnaam   text NOT NULL UNIQUE,
  naam             text NOT NULL,
  email            text,
  organisatie_id   text NOT NULL REFERENCES organisaties(id),
  wachtwoord_hash  text,
  oidc_subject     text UNIQUE,
  actief           boolean NOT NULL DEFAULT true,
  aangemaakt       timestamptz NOT NULL DEFAULT now(),
  gewijzigd        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE gebruiker_rollen (
  gebruiker_id  uuid NOT NULL REFERENCES gebruikers(id),
  rol           text NOT NULL,
  PRIMARY KEY (gebruiker_id, rol)
);

-- The id is the SHA-256 of the cookie token: a leaked table does not leak sessions.
CREATE TABLE sessies (
  id                 text PRIMARY KEY,
  gebruiker_id       uuid NOT NULL REFERENCES gebruikers(id),
  aangemaakt         timestamptz NOT NULL DEFAULT now(),
  laatst_actief      timestamptz NOT NULL DEFAULT now(),
  verloopt           timestamptz NOT NULL,
  beeindigd          timestamptz,
  herauthenticatie   timestamptz,
  bron               text NOT NULL DEFAULT 'wachtwoord'
);
CREATE INDEX sessies_gebruiker ON sessies (gebruiker_id);

-- Append-only, hash-chained. hash = sha256(vorige_hash || canonical JSON of the record).
CREATE TABLE audit_records (
  volgnummer        integer PRIMARY KEY,
  tijdstip          timestamptz NOT NULL,
  actor_id          uuid,
  actor_naam        text,
  actor_rollen      text[] NOT NULL DEFAULT '{}',
  actor_organisatie text,
  actie             text NOT NULL,
  onderwerp_soort   text,
  onderwerp_id      text,
  gegevens          jsonb NOT NULL,
  request_id        text,
  schema_versie     integer NOT NULL,
  vorige_hash       text NOT NULL,
  hash              text NOT NULL UNIQUE
);
CREATE INDEX audit_onderwerp ON audit_records (onderwerp_soort, onderwerp_id);
CREATE INDEX audit_actie ON audit_records (actie);
CREATE INDEX audit_tijdstip ON audit_records (tijdstip);

-- One row: the head of the chain. Appending locks it, so appends from several service
-- instances are serialised and the chain never forks.
CREATE TABLE audit_kop (
  id          integer PRIMARY KEY CHECK (id = 1),
  volgnummer  integer NOT NULL,
  hash        text NOT NULL
);
INSERT INTO audit_kop (id, volgnummer, hash) VALUES (1, 0, repeat('0', 64));

CREATE FUNCTION audit_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_records is append-only (% geweigerd)', TG_OP USING ERRCODE = '42501';
END;
$$;
CREATE TRIGGER audit_records_alleen_toevoegen
  BEFORE UPDATE OR DELETE ON audit_records
  FOR EACH ROW EXECUTE FUNCTION audit_alleen_toevoegen();
CREATE TRIGGER audit_records_niet_legen
  BEFORE TRUNCATE ON audit_records
  FOR EACH STATEMENT EXECUTE FUNCTION audit_alleen_toevoegen();
