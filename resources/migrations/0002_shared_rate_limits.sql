-- Keyward schema 2: per-key rate limits counted in the store, so every
-- instance sharing it spends one budget. One row per rate-limited key: the
-- start of its current one-minute window (epoch milliseconds) and the uses
-- counted in it.

CREATE TABLE rate_limit_windows (
    key_id BIGINT PRIMARY KEY REFERENCES api_keys(id) ON DELETE CASCADE,
    window_start BIGINT NOT NULL,
    used BIGINT NOT NULL
);
