-- Every request command looks up its open capacity demand by request id; without this index
-- that is a scan of capaciteit_vraag on each command.
CREATE INDEX capaciteit_vraag_aanvraag ON capaciteit_vraag (aanvraag_id);
