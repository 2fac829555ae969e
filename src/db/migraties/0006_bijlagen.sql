-- Attachments of a request (issue 4: "attachments (PDF, images; size-limited and type-checked)").
-- The request's form lists them (gegevens.bijlagen, through ConceptBijwerken); the bytes live here,
-- written in the same transaction as the event that lists them. Never updated or deleted: a removed
-- attachment leaves the form, its bytes stay for the audit trail (the hash in the event points here).
-- See docs/adr/0680-aanvraag-bijlagen.md.

CREATE TABLE aanvraag_bijlagen (
  id             uuid PRIMARY KEY,
  aanvraag_id    uuid NOT NULL REFERENCES aanvragen(id),
  naam           text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
  -- Detected from the content (magic bytes), not taken from the name or the client.
  mediatype      text NOT NULL CHECK (mediatype IN ('application/pdf', 'image/png', 'image/jpeg')),
  grootte_bytes  integer NOT NULL CHECK (grootte_bytes > 0 AND grootte_bytes <= 10485760),
  sha256         text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  inhoud         bytea NOT NULL,
  door_gebruiker_id uuid NOT NULL REFERENCES gebruikers(id),
  op             timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX aanvraag_bijlagen_aanvraag ON aanvraag_bijlagen (aanvraag_id);
