// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpTestClient.h"
#include "TestServices.h"

#include <QJsonObject>

namespace keyward {

// A real server on a loopback port over fresh domain services: what most
// HTTP tests start each test function from.
struct LiveServer {
    explicit LiveServer(JwtAlgorithm algorithm = JwtAlgorithm::HS256)
        : test(algorithm)
    {}

    TestServices test;
    HttpTestClient http{test.services()};
};

// Family A's failure envelope {success: false, message, errors: [error]}.
QJsonObject familyAFailure(const QString &message, const QString &error);

} // namespace keyward
