-- SPDX-FileCopyrightText: 2026 Keyward developers
-- SPDX-License-Identifier: Apache-2.0
-- Keyward schema 4: how each key has been used and refused. Verifications
-- are counted in memory and added here in batches: one row per key, hour
-- (epoch seconds of its start, UTC) and outcome ("accepted",
-- "address_not_allowed", "rate_limited", ...). Rows older than the usage
-- retention (default 90 days) are pruned.
CREATE TABLE key_usage (
    key_id BIGINT NOT NULL REFERENCES api_keys(id) ON DELETE CASCADE,
    hour BIGINT NOT NULL,
    outcome TEXT NOT NULL,
    uses BIGINT NOT NULL,
    PRIMARY KEY (key_id, hour, outcome)
);
CREATE INDEX key_usage_hour ON key_usage (hour);

-- The addresses a key was last presented from, with when (epoch
-- milliseconds) and what came of it; the most recent few per key are kept.
CREATE TABLE key_usage_addresses (
    key_id BIGINT NOT NULL REFERENCES api_keys(id) ON DELETE CASCADE,
    address TEXT NOT NULL,
    last_seen BIGINT NOT NULL,
    last_outcome TEXT NOT NULL,
    PRIMARY KEY (key_id, address)
);
CREATE INDEX key_usage_addresses_last_seen ON key_usage_addresses (last_seen);

-- Keys expiring soon are looked for at every console start and /metrics
-- count (see KeyHygiene).
CREATE INDEX api_keys_expires_at ON api_keys (expires_at);
