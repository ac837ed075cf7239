// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The tenant-isolation matrix TestTenantIsolation runs: who calls, every
// route with the status each caller must get, and the documented bodies a
// refusal may carry, by API family.
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace isolation {

// Who calls. The success-envelope API reads x-api-key + Bearer; the status-envelope and v1 APIs
// read the Bearer only; every caller always sends the same headers.
enum Caller {
    Anonymous,            // no credentials at all
    OtherAdmin,           // tenant B's Admin, tenant B's tenant key
    OwnUser,              // tenant 1's plain User, tenant 1's tenant key
    OtherAdminWithOurKey, // tenant B's Admin presenting tenant 1's tenant key
    DisabledKey,          // a tenant 1 secret key, then disabled (and its token)
    ExpiredKey,           // a tenant 1 secret key past its expiry (and its token)
    DeletedKey,           // a tenant 1 secret key, then deleted (and its token)
    OtherKeyJwt,          // tenant B's v1 apiKey JWT, tenant B's tenant key
    PublishedKeyToken,    // tenant 1's tenant key and the token anyone can get for it
    SuperAdmin,           // admin@example.com, tenant 1's tenant key
    CallerCount
};

extern const char *const callerNames[CallerCount];

// Callers that are tenant 1's own principals: seeing tenant 1 is no leak
// when they are let in.
bool actsForTenantOne(int caller);
bool actsForTenantB(int caller);

enum Trait {
    Mutates = 1,            // a success changes the store
    Lists = 2,              // a success is a list, which must hold only the caller's tenant
    PublicData = 4,         // publishes tenant 1's data by contract (seed 001)
    PublicForAnonymous = 8, // anonymous callers get the documented discovery view
    StaticDocument = 16,    // a fixed document whose examples may name "Default"
    OwnCredentials = 32,    // a login: the body's credentials decide, not the caller's
    Form = 64,              // the body is sent as application/x-www-form-urlencoded
};

// One request of the matrix: a route (as registered), a variant of it, the
// concrete path and body (${NAME}: tenant 1 targets, resolved when the row
// runs, since SuperAdmin successes replace them), and the status each caller
// gets, in Caller order.
struct Call {
    QByteArray method;
    QString pattern;
    QString variant;
    QString path;
    QByteArray body;
    int traits = 0;
    std::array<int, CallerCount> expected{};
};

using Statuses = std::array<int, CallerCount>;
// Columns: anonymous, B Admin, 1 User, B Admin + our key, disabled, expired,
// deleted, B apiKey JWT, published tenant key token, SuperAdmin.
constexpr Statuses everyone200{200, 200, 200, 200, 200, 200, 200, 200, 200, 200};
// The success-envelope API behind the x-api-key + Bearer guard, on tenant 1's rows.
constexpr Statuses guardedA{401, 403, 403, 403, 400, 400, 403, 403, 403, 200};
// The status-envelope and v1 APIs, on tenant 1's rows: Bearer only.
constexpr Statuses bearerOnly{401, 403, 403, 403, 401, 401, 401, 403, 403, 200};
// The v1 API by id: another tenant's key is hidden (404) like the status-envelope API's.
constexpr Statuses hiddenById{401, 404, 403, 404, 401, 401, 401, 404, 403, 200};

// Every request of the matrix.
const QList<Call> &calls();

enum class Family { A, B, C, Ops };

Family familyOf(const QString &path);
// Refusals decided by the credentials alone, before any data is looked at:
// the exact documented body.
std::optional<QJsonObject> credentialRefusal(Family family, int caller, int status);
// The documented messages a refusal may carry, by family and status.
QStringList refusalMessages(Family family, int status);

} // namespace isolation
