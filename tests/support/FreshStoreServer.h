// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "InProcessServer.h"
#include "TestServices.h"

#include <QJsonObject>

namespace keyward {

// A real server on a loopback port over fresh domain services: what most
// HTTP tests start each test function from.
struct FreshStoreServer {
    explicit FreshStoreServer(JwtAlgorithm algorithm = JwtAlgorithm::HS256)
        : test(algorithm)
    {}

    TestServices test;
    InProcessServer http{test.services()};
};

// The success-envelope API's failure envelope {success: false, message, errors: [error]}.
QJsonObject successEnvelopeFailure(const QString &message, const QString &error);

} // namespace keyward
