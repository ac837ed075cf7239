// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "crypto/JwtAlgorithm.h"
#include "crypto/SecretBox.h"
#include "domain/AttentionCounts.h"
#include "domain/AuditLog.h"
#include "domain/AuthService.h"
#include "domain/ClientKeyService.h"
#include "domain/Clock.h"
#include "domain/KeyExchange.h"
#include "domain/KeyService.h"
#include "domain/KeyUsageService.h"
#include "domain/KeyVerifier.h"
#include "domain/LoginThrottle.h"
#include "domain/PasswordWork.h"
#include "domain/SigningKeyRing.h"
#include "domain/SigningKeyService.h"
#include "domain/TenantService.h"
#include "domain/TokenService.h"
#include "domain/UsageRecorder.h"
#include "domain/UserService.h"

#include <memory>

namespace keyward {

class Database;
class NetworkAllowList;

// The domain, wired once over an open store: what the HTTP server, the CLI
// and the GUI all call. Not a singleton; the composition root (app/) or a
// test builds one and passes it on.
class Services {
public:
    struct Settings {
        JwtAlgorithm algorithm = JwtAlgorithm::HS256;
        TokenService::Settings tokens;
    };

    static Result<std::unique_ptr<Services>, QString>
    create(std::shared_ptr<Database> database, const QByteArray &masterKey,
           const NetworkAllowList &networks, const Settings &settings,
           std::unique_ptr<Clock> clock = std::make_unique<Clock>());

    const std::shared_ptr<Database> database;
    const std::unique_ptr<Clock> clock;
    const SecretBox masterBox;
    SigningKeyRing signingKeyRing;
    const TokenService tokens;
    const AuditLog audit;
    const LoginThrottle loginThrottle;
    const PasswordWork passwordWork;
    UsageRecorder usage;
    const KeyVerifier keyVerifier;
    const KeyExchange keyExchange;
    const KeyService keys;
    const KeyUsageService keyUsage;
    const AttentionCounts attentionCounts;
    const TenantService tenants;
    const UserService users;
    const AuthService auth;
    const ClientKeyService clientKeys;
    const SigningKeyService signingKeys;

    // Whether the store answers now (see Database::ping).
    bool storeAnswers() const;
    // Which store is open, short enough for a title bar: the SQLite file's
    // name, or the PostgreSQL database and its host (never user or password).
    QString storeName() const;

private:
    Services(std::shared_ptr<Database> database, std::unique_ptr<Clock> clock,
             const QByteArray &masterKey, const NetworkAllowList &networks,
             const Settings &settings);
};

} // namespace keyward
