-- Grain: one row: the name of the last migration applied (names are numbered, so the greatest is the last).
SELECT MAX(ScriptName) FROM schema_migrations
