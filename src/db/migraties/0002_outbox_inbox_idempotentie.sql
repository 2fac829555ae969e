-- Infrastructure around the capabilities: transactional outbox (mail), in-app inbox per user,
-- and stored answers for Idempotency-Key. See docs/adr/0700-outbox-inbox-live-idempotentie.md.

-- Rows are written in the transaction of the change they belong to, so a message exists iff
-- the change committed. A worker claims rows (FOR UPDATE SKIP LOCKED + a lease), sends, and
-- records the outcome; rows are never deleted by the worker, so nothing is lost.
CREATE TABLE outbox (
  id               bigserial PRIMARY KEY,
  soort            text NOT NULL,
  -- Optional dedupe key from the caller: the same message is queued at most once.
  sleutel          text UNIQUE,
  gegevens         jsonb NOT NULL,
  status           text NOT NULL DEFAULT 'wachtend'
                   CHECK (status IN ('wachtend', 'bezig', 'verzonden', 'mislukt')),
  pogingen         integer NOT NULL DEFAULT 0,
  volgende_poging  timestamptz NOT NULL DEFAULT now(),
  -- While 'bezig': the claim expires at this time, after which another worker may retry.
  geclaimd_tot     timestamptz,
  laatste_fout     text,
  aangemaakt       timestamptz NOT NULL DEFAULT now(),
  verwerkt         timestamptz
);
CREATE INDEX outbox_te_doen ON outbox (volgende_poging) WHERE status IN ('wachtend', 'bezig');
CREATE INDEX outbox_status ON outbox (status, id);

-- In-app messages, one row per recipient user, resolved when written: the record shows who
-- was informed at that moment, and read state is per person.
CREATE TABLE meldingen (
  id               uuid PRIMARY KEY,
  gebruiker_id     uuid NOT NULL REFERENCES gebruikers(id),
  soort            text NOT NULL DEFAULT 'bericht',
  titel            text NOT NULL,
  tekst            text NOT NULL,
  link             text,
  onderwerp_soort  text,
  onderwerp_id     text,
  aangemaakt       timestamptz NOT NULL DEFAULT now(),
  gelezen          timestamptz
);
CREATE INDEX meldingen_gebruiker ON meldingen (gebruiker_id, aangemaakt DESC);
CREATE INDEX meldingen_ongelezen ON meldingen (gebruiker_id) WHERE gelezen IS NULL;

-- First answer per (user, key, method, url). The row is inserted in the transaction of the
-- change (status NULL), and the answer is filled in when it is sent.
CREATE TABLE idempotentie (
  gebruiker_id     uuid NOT NULL,
  sleutel          text NOT NULL,
  methode          text NOT NULL,
  pad              text NOT NULL,
  verzoek_hash     text NOT NULL,
  status           integer,
  antwoord_type    text,
  antwoord         text,
  aangemaakt       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gebruiker_id, sleutel, methode, pad)
);
CREATE INDEX idempotentie_aangemaakt ON idempotentie (aangemaakt);
