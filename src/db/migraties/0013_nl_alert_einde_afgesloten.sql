-- NL-Alert (review finding 13, ADR 0253): the bevoegd gezag closes the "einde situatie" prompt of a
-- sent alert without sending an einde-situatie message, with the reason.
ALTER TABLE nl_alerts ADD COLUMN einde_afgesloten_door uuid REFERENCES gebruikers(id);
ALTER TABLE nl_alerts ADD COLUMN einde_afgesloten_op timestamptz;
ALTER TABLE nl_alerts ADD COLUMN einde_afgesloten_reden text;
