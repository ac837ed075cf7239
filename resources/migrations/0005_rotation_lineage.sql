-- SPDX-FileCopyrightText: 2026 Keyward developers
-- SPDX-License-Identifier: Apache-2.0
-- Keyward schema 5: a rotation records the key it replaces (rotated_from);
-- every read of a key asks which key replaced it, so the console can say "Superseded".
CREATE INDEX api_keys_rotated_from ON api_keys (rotated_from);
