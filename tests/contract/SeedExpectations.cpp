// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "SeedExpectations.h"

namespace seeds {

namespace {

const QString seed000 = QStringLiteral("000_3375290352cda663.txt");
const QString seed001 = QStringLiteral("001_ee4f1221aa68c4ba.txt");
const QString seed002 = QStringLiteral("002_027bb8163f095f2c.txt");
const QString seed003 = QStringLiteral("003_3007e7caa82d4cef.txt");
const QString seed004 = QStringLiteral("004_e107cb782f3810d8.txt");

// Seed 000's documented 403 for an unknown key: the documents' example key
// ak_1234567890abcdef is not a key of this (or any) server.
constexpr const char *invalidApiKey =
    R"({"success":false,"message":"Invalid API Key.","errors":["API key validation failed"]})";
constexpr const char *tenantKeyBody =
    R"({"success":true,"message":"API Key retrieved successfully",
        "data":{"key":"${TENANT_KEY}","isActive":true,"tenantId":1,"tenantName":"Default"}})";

} // namespace

const QList<Expectation> &expectations()
{
    static const QList<Expectation> table{
        // Seed 000: GET /api/Token/generate-from-apikey with the example key.
        {.seed = seed000,
         .command = 0,
         .status = 403,
         .body = invalidApiKey,
         .documented = "Invalid API Key."},
        // Seed 001: the tenant key, anonymously.
        {.seed = seed001,
         .command = 0,
         .status = 200,
         .body = tenantKeyBody,
         .documented = "API Key retrieved successfully"},
        // Example Complete Flow, 1. TENANT_API_KEY=$(... | jq -r '.data.key')
        {.seed = seed001,
         .command = 1,
         .status = 200,
         .body = tenantKeyBody,
         .jq = R"(["${TENANT_KEY}"])",
         .documented = "API Key retrieved successfully"},
        // 2. JWT_TOKEN=$(curl -X POST /api/Token/generate ... | jq -r '.data')
        {.seed = seed001,
         .command = 2,
         .status = 200,
         .body = R"({"success":true,"data":"<jwt>","message":"Token generated successfully"})",
         .jq = R"(["<jwt>"])",
         .claims = R"({"sub":"user:${DOC_USER_ID}","tid":1,"role":"Admin","scope":""})",
         .documented = "Token generated successfully"},
        // 3. GET /api/User/getAll with both the key and the JWT.
        {.seed = seed001,
         .command = 3,
         .status = 200,
         .body = R"({"success":true,"message":"Users retrieved successfully","data":{
            "items":[{"id":1,"email":"admin@example.com","role":"SuperAdmin","tenantId":1,
                      "isActive":true,"createdDate":"${NOW_ISO}"},
                     {"id":${DOC_USER_ID},"email":"user@example.com","role":"Admin",
                      "tenantId":1,"isActive":true,"createdDate":"${NOW_ISO}"}],
            "totalCount":2,"page":1,"pageSize":20}})"},
        // Validation Steps: anonymous Tenant/getAll | jq '... select(.id == 1)'
        {.seed = seed001,
         .command = 4,
         .status = 200,
         .body = R"({"success":true,"message":"Tenants retrieved successfully","data":{
            "items":[{"id":1,"name":"Default","isActive":true}],
            "totalCount":1,"page":1,"pageSize":20}})",
         .jq = R"([{"id":1,"name":"Default","isActive":true}])"},
        // "Verify API key works": the retrieved tenant key yields a
        // tenant-identity token with an empty scope.
        {.seed = seed001,
         .command = 5,
         .status = 200,
         .body = R"({"success":true,"data":"<jwt>","message":"Token generated successfully"})",
         .claims = R"({"sub":"key:${TENANT_KEY_ID}","tid":1,"scope":""})",
         .documented = "Token generated successfully"},
        // Seed 002: getById with the example key and the example (truncated)
        // JWT; the key is checked first.
        {.seed = seed002,
         .command = 0,
         .status = 403,
         .body = invalidApiKey,
         .documented = "Invalid API Key."},
        // Seed 003: a real login token, the document's own service_id (a
        // foreign, long-expired JWT).
        {.seed = seed003,
         .command = 0,
         .status = 403,
         .body = R"({"status":403,"message":"Service ID expired or invalid","data":null})",
         .documented = "Service ID expired or invalid"},
        // Seed 004 (no curl): POST /api/v1/apikey with a CreateApiKeyDto.
        {.seed = seed004,
         .command = 0,
         .status = 200,
         .body = R"({"id":"<int:KEY_ID>","createdAt":${NOW},"updatedAt":${NOW},
            "status":"ACTIVE","tenantId":1,"apiKey":"<jwt>","label":"extractor",
            "lifetime":3600,"expiresAt":${NOW_PLUS_LIFETIME},"jti":"<uuid:JTI>"})",
         .claims = R"({"sub":"key:${KEY_ID}","tid":1,"jti":"${JTI}","scope":"read write",
            "iat":${NOW},"exp":${NOW_PLUS_LIFETIME}})"},
    };
    return table;
}

const Expectation *expectationFor(const QString &seed, int command)
{
    for (const Expectation &expectation : expectations()) {
        if (expectation.seed == seed && expectation.command == command)
            return &expectation;
    }
    return nullptr;
}

} // namespace seeds
