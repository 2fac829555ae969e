-- "Mijn taken" asked the database for every request with an open task the user might see and
-- then looked in each state (12–25 kB) for the user's tasks: for the LOCC that was every open
-- request. The projection now also keeps who can act on the tasks available now, as
-- "<rol>@<organisatie>" (Eigenaar: any user with that role in one of those organisations), so
-- the list reads only the requests with a task for the user's own role and organisation.
ALTER TABLE aanvragen ADD COLUMN open_taak_eigenaars text[] NOT NULL DEFAULT '{}';

UPDATE aanvragen SET open_taak_eigenaars = coalesce((
  SELECT array_agg(DISTINCT (t -> 'eigenaar' ->> 'rol') || '@' || o ORDER BY (t -> 'eigenaar' ->> 'rol') || '@' || o)
    FROM jsonb_array_elements(state -> 'taken') AS t,
         jsonb_array_elements_text(t -> 'eigenaar' -> 'organisaties') AS o
   WHERE (t ->> 'beschikbaar')::boolean
), '{}');

CREATE INDEX aanvragen_open_taak_eigenaars ON aanvragen USING gin (open_taak_eigenaars);
