// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TestServices.h"
#include "store/Sql.h"

namespace keyward {

// What the usage tests (TestKeyUsage: the report; TestUsageRecorder: the
// counting) arrange and read: a key bound to 10.0.0.0/8, verifications of
// it, its report, and how many rows a usage table holds.
struct UsageArrange {
    static NewKey restricted()
    {
        NewKey key;
        key.name = QStringLiteral("ingest");
        key.permissions = {QStringLiteral("token:generate")};
        key.allowedNetworks = QStringLiteral("10.0.0.0/8");
        return key;
    }
    static KeyVerifier::Outcome verify(TestServices &test, const QByteArray &key,
                                       const QString &address,
                                       const QString &permission = QStringLiteral("token:generate"))
    {
        return test.services().keyVerifier.verify(key, {address, permission}).outcome;
    }
    static KeyUsageReport report(TestServices &test, qint64 keyId,
                                 const QString &since = QStringLiteral("24h"))
    {
        const auto made = test.services().keyUsage.report(TestServices::operatorActor(), keyId,
                                                          *UsageSpan::parse(since));
        if (!made)
            qFatal("usage report failed: %s", qPrintable(made.error().detail()));
        return *made;
    }
    static qint64 rows(TestServices &test, const QString &table)
    {
        auto query =
            Sql::exec(*test.services().database, QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return query && query->next() ? query->value(0).toLongLong() : -1;
    }
};

} // namespace keyward
