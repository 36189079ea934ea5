-- Lead imports name investors by name when a row has no credit code: an exact lookup per row.
CREATE INDEX ix_investor_name ON investor (name);
