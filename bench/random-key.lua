-- SPDX-FileCopyrightText: 2026 Keyward developers
-- SPDX-License-Identifier: Apache-2.0
-- wrk script: each request presents a key drawn at random from the first
-- KEYS lines of the file KEY_FILE (both from the environment), so the
-- working set, not one hot key, is what the server caches.
local keys = {}
local limit = tonumber(os.getenv("KEYS") or "1000")
for line in io.lines(os.getenv("KEY_FILE")) do
    keys[#keys + 1] = line
    if #keys >= limit then break end
end
math.randomseed(os.time())

request = function()
    return wrk.format("GET", nil, {["x-api-key"] = keys[math.random(#keys)]})
end
