-- The rows the archive starts with: the administrators' account settings (one row) and the version of
-- who is hidden, which triggers move on every change of it (HiddenNamesStore reloads when it moves).
INSERT INTO account_settings (id, require_two_factor) VALUES (1, false);
INSERT INTO hidden_names_version VALUES (1, (random() * 9e18)::bigint);
