// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Fuzzes the JSON bodies of the v1 API (seed 004, /api/v1/apikey: the
// CreateApiKeyDto and the PUT body) through ApiKeyV1Controller, with the
// SuperAdmin's bearer token (ControllerFixture). Byte 0 picks the action, the
// rest is the body:
//   0 POST /api/v1/apikey        1 PUT /api/v1/apikey/{id} (a fresh key)
// Properties: errors are RFC 7807 problem details (application/problem+json,
// status equal to the HTTP status, title, detail); a success is the
// ApiKeyDto (id, label, a Status enum value, and apiKey at creation); the
// status is 200, 400, 403, 404 or 409, never 401 or 500.
#include "ApiKeyV1Controller.h"
#include "ControllerFixture.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>

using namespace keyward;

namespace {

void checkAnswer(const HttpResponse &response, bool created)
{
    checkStatus(response, {200, 400, 403, 404, 409});
    const QJsonObject answer = responseObject(response);
    if (response.status != 200) {
        fuzzCheck(response.contentType == "application/problem+json",
                  "errors are application/problem+json");
        fuzzCheck(answer.value(QLatin1String("status")).toInt(-1) == response.status,
                  "the problem's status is the HTTP status");
        fuzzCheck(answer.value(QLatin1String("title")).isString() &&
                      answer.value(QLatin1String("detail")).isString(),
                  "a problem has a title and a detail");
        return;
    }
    fuzzCheck(answer.value(QLatin1String("id")).isDouble(), "the ApiKeyDto has an id");
    fuzzCheck(answer.value(QLatin1String("label")).isString(), "the ApiKeyDto has a label");
    const QString status = answer.value(QLatin1String("status")).toString();
    fuzzCheck(status == QLatin1String("ACTIVE") || status == QLatin1String("DISABLED") ||
                  status == QLatin1String("DELETED"),
              "the ApiKeyDto's status is one of the Status enum");
    if (created) {
        fuzzCheck(answer.value(QLatin1String("apiKey")).isString(),
                  "a created key comes with its JWT");
        fuzzCheck(status != QLatin1String("DELETED"), "a key is never created DELETED");
    }
}

} // namespace

int keyward::fuzzControllers(ControllerFixture &fixture, quint8 action, QByteArray body)
{
    static const ApiKeyV1Controller controller(fixture.services());

    if (action % 2 == 0) {
        checkAnswer(
            controller.create(fixture.request("POST", QStringLiteral("/api/v1/apikey"), body)),
            true);
        return 0;
    }
    const qint64 id = fixture.freshKey(ApiKeyKind::Jwt);
    checkAnswer(
        controller.update(fixture.request("PUT", QStringLiteral("/api/v1/apikey/%1").arg(id), body,
                                          {QString::number(id)})),
        false);
    return 0;
}
