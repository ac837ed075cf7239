// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "TestServices.h"

#include <QJsonObject>

#include <initializer_list>

namespace keyward {

// What the API family targets share: the domain over a fresh SQLite database
// (tests/support), bootstrapped once, with the SuperAdmin's bearer token and
// tenant 1's key so that every request passes authentication and reaches its
// body. Rows a request may change (a key, a tenant, a user) are made fresh or
// put back before each use, so one input always meets the same state.
// One per fuzz process: built on first use, destroyed at exit (which removes
// the database).
// It also defines the libFuzzer entry points of the family targets: the
// fixture is built before the first input, and each non-empty input goes to
// the target's fuzzControllers().
class ControllerFixture {
public:
    static ControllerFixture &instance();

    Services &services() { return m_services.services(); }

    // An authenticated request (x-api-key and bearer) with this body.
    HttpRequest request(const QByteArray &method, const QString &path, const QByteArray &body,
                        const QStringList &pathParameters = {}) const;

    // A new, active key of tenant 1: the success-envelope API's secret key or the v1 API's JWT key.
    qint64 freshKey(ApiKeyKind kind);
    // A tenant and a user (of tenant 1) that requests may change, each put
    // back to its original state by this call.
    qint64 restoredTenant();
    qint64 restoredUser();
    // A service_id JWT of a registered service (the status-envelope API's first step).
    const QByteArray &serviceId() const { return m_serviceId; }

    // True when the body is a JSON object with a string "password": such a
    // request would hash it (scrypt), far too slow for a fuzz iteration.
    static bool setsPassword(const QByteArray &body);

private:
    // Built first: the application object QtSql needs, and quiet logs (the
    // audit and access logs would print a line per iteration).
    struct Process {
        Process();
    };

    ControllerFixture();

    Process m_process;
    TestServices m_services;
    QByteArray m_tenantKey;
    QByteArray m_bearer;
    Tenant m_tenant;
    User m_user;
    QByteArray m_serviceId;
};

// What each family target implements: one input, whose first byte picked
// `action` and whose rest is `body`. Returns what LLVMFuzzerTestOneInput
// returns (-1: not worth keeping in the corpus).
int fuzzControllers(ControllerFixture &fixture, quint8 action, QByteArray body);

// The response body as a JSON object; aborts (a finding) when it is not one.
QJsonObject responseObject(const HttpResponse &response);
// Aborts when the status is not one of `allowed`; prints every answer when
// KEYWARD_FUZZ_TRACE is set.
void checkStatus(const HttpResponse &response, std::initializer_list<int> allowed);

} // namespace keyward
