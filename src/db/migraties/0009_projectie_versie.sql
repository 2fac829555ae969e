-- What a stored projection was derived with (PROJECTIE_VERSIE in src/domain/aanvragen/evolve.ts).
-- A projection of a lower version is rebuilt from its events: at start-up, and before a command or
-- a read uses it. Rows of before this migration are version 1: their tasks are stored in the state
-- and, on the urgent path, the granted quantity could have stayed empty (ADR 0672).
ALTER TABLE aanvragen ADD COLUMN projectie_versie integer NOT NULL DEFAULT 1;
