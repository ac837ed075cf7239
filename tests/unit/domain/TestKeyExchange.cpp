// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// One exchange of a key for a token, whoever asks: the same refusals for a
// presented secret (HTTP, CLI) and for a row the operator selected (console).
#include "TestServices.h"

#include <QTest>

using namespace keyward;
using Verdict = KeyVerifier::Outcome;

class TestKeyExchange : public QObject {
    Q_OBJECT
private:
    static NewKey key(QStringList permissions, const QString &networks = {})
    {
        NewKey request;
        request.name = QStringLiteral("svc");
        request.permissions = std::move(permissions);
        request.allowedNetworks = networks;
        return request;
    }

private slots:
    void anExchangeIssuesATokenScopedToTheKey()
    {
        TestServices test;
        const IssuedKey issued =
            test.createKey(1, key({QStringLiteral("read"), QStringLiteral("token:generate")}));
        const auto exchanged =
            test.services().keyExchange.exchange(issued.secret, QStringLiteral("192.0.2.7"));
        QCOMPARE(exchanged.check.outcome, Verdict::Accepted);
        const auto claims = test.services().tokens.verify(exchanged.token);
        QVERIFY(claims);
        QCOMPARE(claims->value(QStringLiteral("sub")).toString(),
                 QStringLiteral("key:%1").arg(issued.key.id));
        const auto row = test.services().keyExchange.exchangeRow(issued.key);
        QCOMPARE(row.check.outcome, Verdict::Accepted);
        QVERIFY(test.services().tokens.verify(row.token));
    }

    void aKeyWithoutTokenGenerateGetsNoTokenAnywhere()
    {
        TestServices test;
        const IssuedKey issued = test.createKey(1, key({QStringLiteral("read")}));
        const auto presented =
            test.services().keyExchange.exchange(issued.secret, KeyExchange::localAddress());
        QCOMPARE(presented.check.outcome, Verdict::PermissionDenied);
        QVERIFY(presented.token.isEmpty());
        const auto row = test.services().keyExchange.exchangeRow(issued.key);
        QCOMPARE(row.check.outcome, Verdict::PermissionDenied);
        QVERIFY(row.token.isEmpty());
        QCOMPARE(KeyVerifier::explain(row.check, KeyVerifier::Request()).text(),
                 QStringLiteral("the key lacks the permission"));
    }

    void theOperatorIsSeenFromLoopback()
    {
        TestServices test;
        const IssuedKey office = test.createKey(
            1, key({QStringLiteral("token:generate")}, QStringLiteral("10.0.0.0/8")));
        const IssuedKey officeAndHere = test.createKey(
            1, key({QStringLiteral("token:generate")}, QStringLiteral("10.0.0.0/8, 127.0.0.1")));
        QCOMPARE(test.services().keyExchange.exchangeRow(office.key).check.outcome,
                 Verdict::AddressNotAllowed);
        QCOMPARE(test.services().keyExchange.exchangeRow(officeAndHere.key).check.outcome,
                 Verdict::Accepted);
        QCOMPARE(test.services()
                     .keyExchange.exchange(office.secret, QStringLiteral("10.2.3.4"))
                     .check.outcome,
                 Verdict::Accepted);
    }

    void aDisabledKeyIsRefusedByRowToo()
    {
        TestServices test;
        const IssuedKey issued = test.createKey(1, key({QStringLiteral("token:generate")}));
        KeyChanges disable;
        disable.status = KeyStatus::Disabled;
        QVERIFY(test.services().keys.update(TestServices::operatorActor(), issued.key.id, disable));
        const auto current = test.services().keys.get(TestServices::operatorActor(), issued.key.id);
        QVERIFY(current);
        QCOMPARE(test.services().keyExchange.exchangeRow(*current).check.outcome,
                 Verdict::Inactive);
        QCOMPARE(test.services()
                     .keyExchange.exchange(issued.secret, KeyExchange::localAddress())
                     .check.outcome,
                 Verdict::Inactive);
    }
};

QTEST_GUILESS_MAIN(TestKeyExchange)
#include "TestKeyExchange.moc"
