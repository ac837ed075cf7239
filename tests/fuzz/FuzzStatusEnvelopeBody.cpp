// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Fuzzes the JSON bodies of the status-envelope API (seed 003) through ClientsController,
// authenticated as the SuperAdmin (ControllerFixture). Byte 0 picks the
// action, the rest is the body:
//   0 POST /api/clients/generate-service-id   {"name": ...}
//   1 POST /api/clients/generate-api-key      {"service_id": ...}
//   2 the same, with every "@sid@" in the body replaced by a valid service_id
//     JWT, so the fuzzer reaches key issuing, which it could not forge
// /api/auth/login is left out: it runs scrypt.
// Properties: the answer is {status, message, data} with status equal to the
// HTTP status and data null on errors; the status is 200/201, 400, 403, 404
// or 409, never 401 (authentication holds) or 500.
#include "ClientsController.h"
#include "ControllerFixture.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>

using namespace keyward;

namespace {

void checkEnvelope(const HttpResponse &response)
{
    checkStatus(response, {200, 201, 400, 403, 404, 409});
    const QJsonObject envelope = responseObject(response);
    fuzzCheck(envelope.value(QLatin1String("status")).toInt(-1) == response.status,
              "the status-envelope API's status repeats the HTTP status");
    fuzzCheck(envelope.value(QLatin1String("message")).isString(),
              "status-envelope answers carry a message");
    fuzzCheck(envelope.contains(QLatin1String("data")), "status-envelope answers carry data");
    if (response.status >= 300)
        fuzzCheck(envelope.value(QLatin1String("data")).isNull(), "errors carry data: null");
}

} // namespace

int keyward::fuzzControllers(ControllerFixture &fixture, quint8 action, QByteArray body)
{
    static const ClientsController controller(fixture.services());

    HttpResponse response;
    switch (action % 3) {
    case 0:
        response = controller.generateServiceId(
            fixture.request("POST", QStringLiteral("/api/clients/generate-service-id"), body));
        break;
    case 2:
        body.replace("@sid@", fixture.serviceId());
        [[fallthrough]];
    default:
        response = controller.generateApiKey(
            fixture.request("POST", QStringLiteral("/api/clients/generate-api-key"), body));
        break;
    }
    checkEnvelope(response);
    return 0;
}
