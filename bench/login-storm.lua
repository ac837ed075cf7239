-- SPDX-FileCopyrightText: 2026 Keyward developers
-- SPDX-License-Identifier: Apache-2.0
-- wrk script: a login storm, each request a wrong password for an account
-- name drawn at random (so no single account's throttle absorbs it).
math.randomseed(os.time())

request = function()
    local body = string.format('{"email":"guess%d@example.com","password":"wrong-%d"}',
                               math.random(1000000), math.random(1000000))
    return wrk.format("POST", "/api/auth/login", {["Content-Type"] = "application/json"}, body)
end
