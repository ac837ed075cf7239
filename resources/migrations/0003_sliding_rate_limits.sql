-- SPDX-FileCopyrightText: 2026 Keyward developers
-- SPDX-License-Identifier: Apache-2.0
-- Keyward schema 3: rate limits over a sliding minute. A fixed window let a
-- key spend its budget at the end of one minute and again at the start of
-- the next; now each rate-limited key keeps its accepted uses per second
-- (epoch seconds) for the last 61 seconds, and a use is accepted only while
-- those hold fewer than the limit, so no 60-second span holds more.
DROP TABLE rate_limit_windows;
CREATE TABLE rate_limit_uses (
    key_id BIGINT NOT NULL REFERENCES api_keys(id) ON DELETE CASCADE,
    at_second BIGINT NOT NULL,
    used BIGINT NOT NULL,
    PRIMARY KEY (key_id, at_second)
);
