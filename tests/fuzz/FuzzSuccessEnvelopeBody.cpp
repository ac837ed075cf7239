// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Fuzzes the JSON bodies of the success-envelope API (seeds 000-002): the real controller
// actions that decode them, called with a valid x-api-key and SuperAdmin
// bearer (ControllerFixture), so every body reaches JsonBody and the
// controller's field decoding, then the domain's validation.
// Byte 0 picks the action, the rest is the body:
//   0 POST /api/ApiKey/create        3 POST /api/Tenant/create
//   1 PUT  /api/ApiKey/update/{id}   4 PUT  /api/Tenant/update/{id}
//   2 POST /api/ApiKey/rotate/{id}   5 POST /api/User/create
//                                    6 PUT  /api/User/update/{id}
// Login (/api/Token/generate) and bodies that set a password are left out:
// they run scrypt.
// Properties: the answer is the success envelope ({success, data, message} or
// {success: false, message, errors[]}), success matches the status, and the
// status is one a body can cause: 200/201, 400, 403, 404 or 409, never 401
// (authentication holds) or 500 (a body must not break the store).
#include "ApiKeyController.h"
#include "ControllerFixture.h"
#include "FuzzCheck.h"
#include "TenantController.h"
#include "UserController.h"

#include <QJsonArray>

#include <cstddef>
#include <cstdint>

using namespace keyward;

namespace {

struct Controllers {
    explicit Controllers(const Services &services)
        : keys(services)
        , tenants(services)
        , users(services)
    {}
    ApiKeyController keys;
    TenantController tenants;
    UserController users;
};

void checkEnvelope(const HttpResponse &response)
{
    checkStatus(response, {200, 201, 400, 403, 404, 409});
    const QJsonObject envelope = responseObject(response);
    const QJsonValue success = envelope.value(QLatin1String("success"));
    fuzzCheck(success.isBool(), "success-envelope answers carry success");
    fuzzCheck(success.toBool() == (response.status < 300), "success matches the status");
    fuzzCheck(envelope.value(QLatin1String("message")).isString(),
              "success-envelope answers carry a message");
    if (success.toBool()) {
        fuzzCheck(envelope.contains(QLatin1String("data")), "a success carries data");
        return;
    }
    const QJsonValue errors = envelope.value(QLatin1String("errors"));
    fuzzCheck(errors.isArray() && !errors.toArray().isEmpty(), "a failure lists its errors");
    for (const QJsonValue &error : errors.toArray())
        fuzzCheck(error.isString(), "errors are strings");
}

QStringList idParameter(qint64 id)
{
    return {QString::number(id)};
}

} // namespace

int keyward::fuzzControllers(ControllerFixture &fixture, quint8 action, QByteArray body)
{
    static const Controllers controllers(fixture.services());

    HttpResponse response;
    switch (action % 7) {
    case 0:
        response = controllers.keys.create(
            fixture.request("POST", QStringLiteral("/api/ApiKey/create"), body));
        break;
    case 1: {
        const qint64 id = fixture.freshKey(ApiKeyKind::Secret);
        response = controllers.keys.update(fixture.request(
            "PUT", QStringLiteral("/api/ApiKey/update/%1").arg(id), body, idParameter(id)));
        break;
    }
    case 2: {
        const qint64 id = fixture.freshKey(ApiKeyKind::Secret);
        response = controllers.keys.rotate(fixture.request(
            "POST", QStringLiteral("/api/ApiKey/rotate/%1").arg(id), body, idParameter(id)));
        break;
    }
    case 3:
        response = controllers.tenants.create(
            fixture.request("POST", QStringLiteral("/api/Tenant/create"), body));
        break;
    case 4: {
        const qint64 id = fixture.restoredTenant();
        response = controllers.tenants.update(fixture.request(
            "PUT", QStringLiteral("/api/Tenant/update/%1").arg(id), body, idParameter(id)));
        break;
    }
    case 5:
        if (ControllerFixture::setsPassword(body))
            return -1; // not worth keeping: it would run the KDF
        response = controllers.users.create(
            fixture.request("POST", QStringLiteral("/api/User/create"), body));
        break;
    default: {
        if (ControllerFixture::setsPassword(body))
            return -1;
        const qint64 id = fixture.restoredUser();
        response = controllers.users.update(fixture.request(
            "PUT", QStringLiteral("/api/User/update/%1").arg(id), body, idParameter(id)));
        break;
    }
    }
    checkEnvelope(response);
    return 0;
}
