-- SPDX-FileCopyrightText: 2026 Keyward developers
-- SPDX-License-Identifier: Apache-2.0
-- Keyward schema 2: abuse limits counted in the store, so every instance
-- sharing it spends one budget. Times are epoch milliseconds.

-- Per-key rate limits: one row per rate-limited key, the start of its
-- current one-minute window and the uses counted in it.
CREATE TABLE rate_limit_windows (
    key_id BIGINT PRIMARY KEY REFERENCES api_keys(id) ON DELETE CASCADE,
    window_start BIGINT NOT NULL,
    used BIGINT NOT NULL
);

-- Login throttling: recent failures per account and per source address.
-- The subject is a SHA-256 digest ("account:" + email or "address:" + IP),
-- so whatever was typed as an email is not kept.
CREATE TABLE login_failures (
    subject TEXT PRIMARY KEY,
    failures BIGINT NOT NULL,
    last_failure BIGINT NOT NULL,
    blocked_until BIGINT
);
CREATE INDEX login_failures_last_failure ON login_failures (last_failure);
