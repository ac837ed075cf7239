// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "IsolationMatrix.h"

#include <QJsonArray>
#include <QJsonValue>

namespace isolation {

const char *const callerNames[CallerCount] = {"anonymous",
                                              "tenant B Admin",
                                              "tenant 1 User",
                                              "tenant B Admin + tenant 1 x-api-key",
                                              "disabled key",
                                              "expired key",
                                              "deleted key",
                                              "tenant B apiKey JWT",
                                              "tenant 1's published tenant key token",
                                              "SuperAdmin"};

bool actsForTenantOne(int caller)
{
    return caller == OwnUser || caller == SuperAdmin || caller == DisabledKey ||
           caller == ExpiredKey || caller == DeletedKey;
}

bool actsForTenantB(int caller)
{
    return caller == OtherAdmin || caller == OtherAdminWithOurKey || caller == OtherKeyJwt;
}

const QList<Call> &calls()
{
    struct Row {
        const char *method;
        const char *pattern;
        const char *variant;
        const char *path; // nullptr: the pattern itself
        const char *body;
        int traits;
        Statuses expected;
    };
    // clang-format off
    static const Row rows[] = {
        // Operational endpoints: no tenant data, open to all.
        {"GET", "/healthz", "", nullptr, "", 0, everyone200},
        {"GET", "/openapi.json", "", nullptr, "", StaticDocument, everyone200},
        {"GET", "/.well-known/jwks.json", "", nullptr, "", 0, everyone200},
        {"GET", "/metrics", "", nullptr, "", 0, everyone200},
        {"GET", "/.well-known/oauth-authorization-server", "", nullptr, "", 0, everyone200},

        // OAuth 2.0 clients authenticate with their own key (HTTP Basic or
        // the form), never with a bearer; introspection takes x-api-key too,
        // of a key holding token:introspect, which no caller's key holds.
        {"POST", "/oauth2/token", "", nullptr, "grant_type=client_credentials",
         OwnCredentials | Form, {401, 401, 401, 401, 401, 401, 401, 401, 401, 401}},
        {"POST", "/oauth2/introspect", "", nullptr, "token=${T1_ADMIN_TOKEN}",
         OwnCredentials | Form, {401, 400, 400, 400, 401, 401, 401, 400, 400, 400}},

        // Exchanging the caller's own x-api-key. Tenant 1's tenant key is
        // publishable, so presenting it yields a tenant-identity token with
        // an empty scope, whoever presents it.
        {"GET", "/api/Token/generate-from-apikey", "", nullptr, "", 0,
         {401, 200, 200, 200, 400, 400, 403, 200, 200, 200}},
        // Logging in as tenant 1's Admin (right password) works only with
        // tenant 1's tenant key, as tenant B's Admin only with tenant B's.
        {"POST", "/api/Token/generate", "", nullptr,
         R"({"email":"${T1_ADMIN_EMAIL}","password":"${T1_ADMIN_PASSWORD}"})", 0,
         {401, 401, 200, 200, 400, 400, 403, 401, 200, 200}},
        {"POST", "/api/Token/generate", "tenant B credentials", nullptr,
         R"({"email":"b-admin@tenant-b.test","password":"userpassword"})", OwnCredentials,
         {401, 200, 401, 401, 400, 400, 403, 200, 401, 401}},

        // Seed 001 publishes a tenant's key and name to anyone.
        {"GET", "/api/ApiKey/{}/apikey", "", "/api/ApiKey/1/apikey", "", PublicData, everyone200},
        {"POST", "/api/ApiKey/create", "", nullptr,
         R"({"name":"intruder-key","tenantId":1,"permissions":["read","write"]})", Mutates,
         guardedA},
        {"GET", "/api/ApiKey/getById/{}", "secret key", "/api/ApiKey/getById/${T1_SECRET_KEY}",
         "", 0, guardedA},
        {"GET", "/api/ApiKey/getById/{}", "tenant key", "/api/ApiKey/getById/${T1_TENANT_KEY}",
         "", 0, guardedA},
        {"GET", "/api/ApiKey/getById/{}", "client key", "/api/ApiKey/getById/${T1_CLIENT_KEY}",
         "", 0, guardedA},
        {"GET", "/api/ApiKey/getById/{}", "JWT key", "/api/ApiKey/getById/${T1_JWT_KEY}",
         "", 0, guardedA},
        {"GET", "/api/ApiKey/getAll", "", nullptr, "", Lists,
         {401, 200, 403, 403, 400, 400, 403, 200, 403, 200}},
        {"GET", "/api/ApiKey/getAll", "deleted too",
         "/api/ApiKey/getAll?includeDeleted=true&pageSize=500", "", Lists,
         {401, 200, 403, 403, 400, 400, 403, 200, 403, 200}},
        {"GET", "/api/ApiKey/getAll", "tenantId=1", "/api/ApiKey/getAll?tenantId=1", "", 0,
         guardedA},
        {"PUT", "/api/ApiKey/update/{}", "", "/api/ApiKey/update/${T1_VICTIM_KEY}",
         R"({"name":"pwned","isActive":false,"permissions":["read","write","admin"],)"
         R"("allowedIp":"0.0.0.0/0"})", Mutates, guardedA},
        {"DELETE", "/api/ApiKey/delete/{}", "", "/api/ApiKey/delete/${T1_VICTIM_KEY}", "",
         Mutates, guardedA},
        {"POST", "/api/ApiKey/rotate/{}", "", "/api/ApiKey/rotate/${T1_VICTIM_KEY}",
         R"({"gracePeriod":3600})", Mutates, guardedA},
        // Usage does not confirm that another tenant's key exists.
        {"GET", "/api/ApiKey/{}/usage", "", "/api/ApiKey/${T1_SECRET_KEY}/usage?since=30d", "", 0,
         {401, 404, 403, 403, 400, 400, 403, 404, 403, 200}},

        // Anonymous callers get the discovery view (seed 001's validation
        // step); every other caller sees exactly their own tenant.
        {"GET", "/api/Tenant/getAll", "", nullptr, "", Lists | PublicForAnonymous,
         {200, 200, 200, 403, 400, 400, 403, 200, 403, 200}},
        {"GET", "/api/Tenant/getById/{}", "", "/api/Tenant/getById/1", "", 0,
         {401, 403, 200, 403, 400, 400, 403, 403, 403, 200}},
        {"POST", "/api/Tenant/create", "", nullptr, R"({"name":"Rogue"})", Mutates, guardedA},
        {"PUT", "/api/Tenant/update/{}", "", "/api/Tenant/update/1",
         R"({"name":"Pwned","isActive":false,"discoverable":false})", Mutates, guardedA},

        {"GET", "/api/User/getAll", "", nullptr, "", Lists,
         {401, 200, 403, 403, 400, 400, 403, 403, 403, 200}},
        {"GET", "/api/User/getAll", "tenantId=1", "/api/User/getAll?tenantId=1", "", 0, guardedA},
        {"POST", "/api/User/create", "", nullptr,
         R"({"email":"intruder@evil.test","password":"intruder-password","tenantId":1,)"
         R"("role":"Admin"})", Mutates, guardedA},
        {"PUT", "/api/User/update/{}", "tenant 1 Admin", "/api/User/update/${T1_ADMIN_ID}",
         R"({"email":"hijacked@evil.test","isActive":false,"role":"User"})", Mutates, guardedA},
        {"PUT", "/api/User/update/{}", "User promotes itself", "/api/User/update/${T1_USER_ID}",
         R"({"role":"Admin"})", Mutates, guardedA},

        // The status-envelope API. Login takes no headers: the credentials decide.
        {"POST", "/api/auth/login", "", nullptr,
         R"({"email":"${T1_ADMIN_EMAIL}","password":"${T1_ADMIN_PASSWORD}"})", 0, everyone200},
        // A service of the caller's own tenant: tenant B's callers may.
        {"POST", "/api/clients/generate-service-id", "", nullptr, R"({"name":"svc-intruder"})",
         Mutates, {401, 201, 403, 201, 401, 401, 401, 201, 403, 201}},
        {"POST", "/api/clients/generate-api-key", "", nullptr,
         R"({"service_id":"${T1_SERVICE_ID}"})", Mutates,
         {401, 403, 403, 403, 401, 401, 401, 403, 403, 201}},
        {"GET", "/api/clients/api-keys", "", nullptr, "", Lists,
         {401, 200, 403, 200, 401, 401, 401, 200, 403, 200}},
        // Another tenant's keyId is hidden (404); tenant 1's own callers
        // find it but may not delete it (403).
        {"DELETE", "/api/clients/api-keys/{}", "", "/api/clients/api-keys/${T1_CLIENT_PUBLIC_ID}",
         "", Mutates, {401, 404, 403, 404, 401, 401, 401, 404, 403, 200}},

        // The v1 API: creating for another tenant is refused (403, seed 004);
        // another tenant's key id is hidden (404).
        {"POST", "/api/v1/apikey", "", nullptr, R"({"label":"intruder","tenantId":1})", Mutates,
         bearerOnly},
        {"GET", "/api/v1/apikey", "", nullptr, "", Lists,
         {401, 200, 403, 200, 401, 401, 401, 200, 403, 200}},
        {"GET", "/api/v1/apikey/{}", "JWT key", "/api/v1/apikey/${T1_JWT_KEY}", "", 0,
         hiddenById},
        {"GET", "/api/v1/apikey/{}", "secret key", "/api/v1/apikey/${T1_SECRET_KEY}", "", 0,
         hiddenById},
        {"PUT", "/api/v1/apikey/{}", "", "/api/v1/apikey/${T1_JWT_KEY}",
         R"({"label":"pwned","status":"DISABLED"})", Mutates, hiddenById},
        {"DELETE", "/api/v1/apikey/{}", "", "/api/v1/apikey/${T1_JWT_KEY}", "", Mutates,
         hiddenById},
    };
    // clang-format on
    static const QList<Call> table = [] {
        QList<Call> calls;
        for (const Row &row : rows)
            calls.append({row.method, QString::fromLatin1(row.pattern),
                          QString::fromLatin1(row.variant),
                          QString::fromLatin1(row.path ? row.path : row.pattern), row.body,
                          row.traits, row.expected});
        return calls;
    }();
    return table;
}

Family familyOf(const QString &path)
{
    const QString lower = path.toLower();
    if (lower.startsWith(QLatin1String("/api/v1/")) || lower == QLatin1String("/api/v1/apikey"))
        return Family::C;
    if (lower.startsWith(QLatin1String("/api/clients/")) ||
        lower.startsWith(QLatin1String("/api/auth/")))
        return Family::B;
    if (lower.startsWith(QLatin1String("/api/")))
        return Family::A;
    return Family::Ops;
}

namespace {

QJsonObject successEnvelope(const char *message, const char *error)
{
    return {{QStringLiteral("success"), false},
            {QStringLiteral("message"), QString::fromUtf8(message)},
            {QStringLiteral("errors"), QJsonArray{QString::fromUtf8(error)}}};
}

} // namespace

std::optional<QJsonObject> credentialRefusal(Family family, int caller, int status)
{
    if (family == Family::A) {
        if (caller == Anonymous && status == 401)
            return successEnvelope("API Key is missing.", "Missing x-api-key header");
        if (caller == DisabledKey && status == 400)
            return successEnvelope("API Key is not active or expired", "API key is inactive");
        if (caller == ExpiredKey && status == 400)
            return successEnvelope("API Key is not active or expired", "API key has expired");
        if (caller == DeletedKey && status == 403)
            return successEnvelope("Invalid API Key.", "API key validation failed");
        if (caller == OtherAdminWithOurKey && status == 403)
            return successEnvelope("Forbidden - Insufficient permissions",
                                   "The API key belongs to another tenant");
    }
    if (family == Family::B && status == 401)
        return QJsonObject{{QStringLiteral("status"), 401},
                           {QStringLiteral("message"), QStringLiteral("Invalid JWT token")},
                           {QStringLiteral("data"), QJsonValue::Null}};
    if (family == Family::C && status == 401)
        return QJsonObject{
            {QStringLiteral("type"), QStringLiteral("about:blank")},
            {QStringLiteral("title"), QStringLiteral("Unauthorized")},
            {QStringLiteral("status"), 401},
            {QStringLiteral("detail"), QStringLiteral("A valid bearer token is required")}};
    return std::nullopt;
}

QStringList refusalMessages(Family family, int status)
{
    if (family == Family::A) {
        switch (status) {
        case 400:
            return {QStringLiteral("API Key is not active or expired")};
        case 401:
            return {QStringLiteral("API Key is missing."),
                    QStringLiteral("Accesso negato: token non valido o mancante"),
                    QStringLiteral("Invalid email or password")};
        case 403:
            return {QStringLiteral("Forbidden - Insufficient permissions"),
                    QStringLiteral("Invalid API Key.")};
        case 404:
            return {QStringLiteral("API Key not found"), QStringLiteral("Tenant not found"),
                    QStringLiteral("User not found")};
        }
    }
    if (family == Family::B) {
        switch (status) {
        case 401:
            return {QStringLiteral("Invalid JWT token"),
                    QStringLiteral("Invalid email or password")};
        case 403:
            return {QStringLiteral("Forbidden"), QStringLiteral("Service ID expired or invalid")};
        case 404:
            return {QStringLiteral("API Key not found")};
        }
    }
    return {};
}

} // namespace isolation
