-- Login attempts are counted in the database, not per service instance: behind a load balancer
-- each instance would otherwise allow the full number (ADR 0673). One row per key; its window
-- starts at the first attempt and a new one starts after it ends. The key is a hash of client
-- address and user name, so neither is stored.
CREATE TABLE verzoek_tellers (
  sleutel text PRIMARY KEY,
  venster_start timestamptz NOT NULL,
  aantal integer NOT NULL
);
CREATE INDEX verzoek_tellers_venster ON verzoek_tellers (venster_start);
