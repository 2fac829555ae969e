-- Dreigingsniveau 5 and the local measures under it (LCP-EGT, "Dreigingsniveau 5", leesbaar r.12-29;
-- ADR 0800). One row holds the national level (NULL until the NCTV records one); every raise and
-- lowering is a row of its own; measures belong to the gezag that took them and are never ended by
-- a lowering of the level.
CREATE TABLE dreigingsniveau_stand (
  id integer PRIMARY KEY CHECK (id = 1),
  niveau integer CHECK (niveau BETWEEN 1 AND 5),
  gewijzigd_op timestamptz,
  versie integer NOT NULL DEFAULT 1
);
INSERT INTO dreigingsniveau_stand (id, niveau) VALUES (1, NULL);

CREATE TABLE dreigingsniveau_wijzigingen (
  id uuid PRIMARY KEY,
  soort text NOT NULL CHECK (soort IN ('afkondiging', 'afschaling')),
  van_niveau integer,
  naar_niveau integer NOT NULL CHECK (naar_niveau BETWEEN 1 AND 5),
  op timestamptz NOT NULL,
  door uuid REFERENCES gebruikers(id),
  -- afkondiging van niveau 5: eerste duiding en oproep aan burgers
  duiding text,
  oproep_burgers text,
  -- afschaling: overleg met gemeente(n)/regio('s) en daarna het informeren van de maatschappij
  overleg_met jsonb,
  overleg_op timestamptz,
  overleg_samenvatting text,
  informatie_tekst text,
  informatie_op timestamptz,
  informatie_door uuid REFERENCES gebruikers(id),
  versie integer NOT NULL DEFAULT 1,
  CONSTRAINT dreiging_niveau5_duiding CHECK (
    soort <> 'afkondiging' OR naar_niveau < 5 OR (duiding IS NOT NULL AND oproep_burgers IS NOT NULL)),
  CONSTRAINT dreiging_afschaling_overleg CHECK (
    soort <> 'afschaling' OR (overleg_met IS NOT NULL AND overleg_op IS NOT NULL AND overleg_samenvatting IS NOT NULL)),
  CONSTRAINT dreiging_informatie_volledig CHECK ((informatie_tekst IS NULL) = (informatie_op IS NULL))
);
CREATE INDEX dreigingsniveau_wijzigingen_op ON dreigingsniveau_wijzigingen (op);

CREATE TABLE dreiging_maatregelen (
  id uuid PRIMARY KEY,
  gezag_organisatie_id text NOT NULL REFERENCES organisaties(id),
  gezag_rol text NOT NULL CHECK (gezag_rol IN ('burgemeester', 'voorzitter-veiligheidsregio')),
  omschrijving text NOT NULL,
  voorbeeld text,
  niveau_bij_nemen integer,
  genomen_op timestamptz NOT NULL,
  genomen_door uuid REFERENCES gebruikers(id),
  beeindigd_op timestamptz,
  beeindigd_door uuid REFERENCES gebruikers(id),
  communicatie text,
  versie integer NOT NULL DEFAULT 1,
  CONSTRAINT dreiging_maatregel_beeindiging_volledig CHECK ((beeindigd_op IS NULL) = (communicatie IS NULL))
);
CREATE INDEX dreiging_maatregelen_gezag ON dreiging_maatregelen (gezag_organisatie_id);
