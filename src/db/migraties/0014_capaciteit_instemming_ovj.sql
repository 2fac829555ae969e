-- The consent of the officier van justitie, recorded on demand for Defence TIN assistance (who, when, and
-- the user who recorded it). LCP §6.2.2 (leesbaar 66, 72-76); ADR 0353. Demand linked to a request takes
-- the consent from the request's own step instead.
ALTER TABLE capaciteit_vraag ADD COLUMN instemming_ovj_naam text;
ALTER TABLE capaciteit_vraag ADD COLUMN instemming_ovj_op timestamptz;
ALTER TABLE capaciteit_vraag ADD COLUMN instemming_ovj_door uuid REFERENCES gebruikers(id);
ALTER TABLE capaciteit_vraag ADD CONSTRAINT capaciteit_vraag_instemming_ovj_volledig
  CHECK ((instemming_ovj_naam IS NULL) = (instemming_ovj_op IS NULL));
