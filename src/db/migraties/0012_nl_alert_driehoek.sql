-- NL-Alert (review finding 11, ADR 0252): optional record with the decision whether the police
-- advice was put to the driehoek (cover letter: "verdient aanbeveling … Indien de tijd dit niet
-- toestaat …"). NULL = not recorded.
ALTER TABLE nl_alerts ADD COLUMN besluit_driehoek text CHECK (besluit_driehoek IN ('ja', 'nee-geen-tijd'));
