-- NL-Alert (review finding 7, ADR 0251): some warnings are acknowledged with a written reason
-- (an area partly outside the own safety region). Code → reason, for the acknowledged version.
ALTER TABLE nl_alerts ADD COLUMN erkend_redenen jsonb NOT NULL DEFAULT '{}';
