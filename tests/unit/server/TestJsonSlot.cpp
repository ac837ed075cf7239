// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// JsonSlot: an object serialized once, one value filled in per answer, is
// exactly what QJsonDocument writes for the object with that value; text
// that JSON would escape is never filled in; and the key exchange's answer
// made this way is byte for byte the success envelope.
#include "JsonSlot.h"
#include "SuccessEnvelope.h"

#include <QJsonDocument>
#include <QTest>

using namespace keyward;

namespace {

QByteArray written(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QByteArray jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJrZXk6MSJ9.c2lnbmF0dXJlLV8";

} // namespace

class TestJsonSlot : public QObject {
    Q_OBJECT
private slots:
    void fillsAsQJsonDocumentWrites_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("first key") << QStringLiteral("a") << jwt;
        QTest::newRow("middle key") << QStringLiteral("m") << jwt;
        QTest::newRow("last key") << QStringLiteral("z") << jwt;
        QTest::newRow("empty text") << QStringLiteral("m") << QByteArray();
        QTest::newRow("punctuation") << QStringLiteral("m") << QByteArray("a/b<c>&'{}[]:,~ ");
    }
    void fillsAsQJsonDocumentWrites()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, text);
        QJsonObject object{{QStringLiteral("a"), 1},
                           {QStringLiteral("m"), QStringLiteral("x\"y")},
                           {QStringLiteral("z"), QJsonObject{{QStringLiteral("n"), true}}}};
        QJsonObject withSlot = object;
        withSlot.insert(key, JsonSlot::marker);
        object.insert(key, QString::fromLatin1(text));
        QCOMPARE(JsonSlot(withSlot).filled(text), std::optional(written(object)));
    }

    void textThatJsonEscapesIsNotFilledIn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("quote") << QByteArray("a\"b");
        QTest::newRow("backslash") << QByteArray("a\\b");
        QTest::newRow("line feed") << QByteArray("a\nb");
        QTest::newRow("nul") << QByteArray("a\0b", 3);
        QTest::newRow("delete") << QByteArray("a\x7f");
        QTest::newRow("non-ASCII") << QByteArray("caf\xc3\xa9");
    }
    void textThatJsonEscapesIsNotFilledIn()
    {
        QFETCH(QByteArray, text);
        const JsonSlot slot(QJsonObject{{QStringLiteral("data"), JsonSlot::marker}});
        QCOMPARE(slot.filled(text), std::nullopt);
    }

    void anObjectWithoutTheMarkerFillsNothing()
    {
        QCOMPARE(JsonSlot(QJsonObject{{QStringLiteral("data"), 1}}).filled(jwt), std::nullopt);
    }

    void theExchangesAnswerIsTheSuccessEnvelope()
    {
        const HttpResponse fast = SuccessEnvelope::tokenGenerated(jwt);
        const HttpResponse built = SuccessEnvelope::ok(
            QString::fromLatin1(jwt), QStringLiteral("Token generated successfully"));
        QCOMPARE(fast.status, 200);
        QCOMPARE(fast.body, built.body);
        QCOMPARE(fast.contentType, built.contentType);
        QCOMPARE(SuccessEnvelope::tokenGenerated("not\"plain").body,
                 SuccessEnvelope::ok(QStringLiteral("not\"plain"),
                                     QStringLiteral("Token generated successfully"))
                     .body);
    }
};

QTEST_GUILESS_MAIN(TestJsonSlot)
#include "TestJsonSlot.moc"
