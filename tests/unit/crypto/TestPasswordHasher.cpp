// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/PasswordHasher.h"

#include <QRegularExpression>
#include <QTest>

#include <openssl/evp.h>

using namespace keyward;

namespace {

constexpr auto Unpadded = QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals;

// An encoding computed straight with OpenSSL, independent of PasswordHasher, so verify() is
// shown to take its parameters from the string.
QString encodeWith(const QByteArray &password, int logN, int r, int p, const QByteArray &salt,
                   int length = 32)
{
    QByteArray out(length, '\0');
    const int ok = EVP_PBE_scrypt(
        password.constData(), static_cast<size_t>(password.size()),
        reinterpret_cast<const unsigned char *>(salt.constData()), static_cast<size_t>(salt.size()),
        quint64(1) << logN, static_cast<quint64>(r), static_cast<quint64>(p), 0,
        reinterpret_cast<unsigned char *>(out.data()), static_cast<size_t>(out.size()));
    if (ok != 1)
        qFatal("EVP_PBE_scrypt failed in the test");
    return QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$%4$%5")
        .arg(logN)
        .arg(r)
        .arg(p)
        .arg(QLatin1String(salt.toBase64(Unpadded)), QLatin1String(out.toBase64(Unpadded)));
}

} // namespace

class TestPasswordHasher : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void encodingShape();
    void verifyRightAndWrong();
    void saltsDiffer();
    void parametersComeFromTheEncoding();
    void malformedEncodingsAreRejected_data();
    void malformedEncodingsAreRejected();
    void needsRehash_data();
    void needsRehash();

private:
    QString m_hash; // of "correct horse battery staple"
};

void TestPasswordHasher::initTestCase()
{
    m_hash = PasswordHasher::hash(QStringLiteral("correct horse battery staple"));
}

void TestPasswordHasher::encodingShape()
{
    static const QRegularExpression shape(
        QStringLiteral("^\\$scrypt\\$ln=14,r=8,p=5\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$"));
    QVERIFY2(shape.match(m_hash).hasMatch(), qPrintable(m_hash));
    QVERIFY(!m_hash.contains(QLatin1String("correct")));
}

void TestPasswordHasher::verifyRightAndWrong()
{
    QVERIFY(PasswordHasher::verify(QStringLiteral("correct horse battery staple"), m_hash));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("correct horse battery stapler"), m_hash));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("Correct horse battery staple"), m_hash));
    QVERIFY(!PasswordHasher::verify(QString(), m_hash));

    const QString unicode = QStringLiteral("pässwörd ✓ 密码");
    const QString unicodeHash = PasswordHasher::hash(unicode);
    QVERIFY(PasswordHasher::verify(unicode, unicodeHash));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("passwort ✓ 密码"), unicodeHash));
}

void TestPasswordHasher::saltsDiffer()
{
    const QString again = PasswordHasher::hash(QStringLiteral("correct horse battery staple"));
    QVERIFY(again != m_hash);
    QVERIFY(again.section(QLatin1Char('$'), 3, 3) != m_hash.section(QLatin1Char('$'), 3, 3));
    QVERIFY(PasswordHasher::verify(QStringLiteral("correct horse battery staple"), again));
}

void TestPasswordHasher::parametersComeFromTheEncoding()
{
    const QString weak = encodeWith("hunter2", 10, 8, 1, QByteArray(16, 'S'));
    QVERIFY(PasswordHasher::verify(QStringLiteral("hunter2"), weak));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("hunter3"), weak));
    QVERIFY(PasswordHasher::needsRehash(weak));

    // A different output length is honoured too.
    const QString longer = encodeWith("hunter2", 10, 8, 1, QByteArray(16, 'S'), 64);
    QVERIFY(PasswordHasher::verify(QStringLiteral("hunter2"), longer));
}

void TestPasswordHasher::malformedEncodingsAreRejected_data()
{
    QTest::addColumn<QString>("encoded");
    const QString salt = QStringLiteral("c2FsdHNhbHRzYWx0c2FsdA");
    const QString hash = QStringLiteral("YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXphYmNkZWY");
    const auto make = [&](const QString &params, const QString &s, const QString &h) {
        return QStringLiteral("$scrypt$%1$%2$%3").arg(params, s, h);
    };
    const QString ok = QStringLiteral("ln=10,r=8,p=1");
    QTest::newRow("empty") << QString();
    QTest::newRow("garbage") << QStringLiteral("not a hash");
    QTest::newRow("other kdf")
        << QStringLiteral("$argon2id$v=19$m=65536,t=3,p=4$%1$%2").arg(salt, hash);
    QTest::newRow("missing hash") << QStringLiteral("$scrypt$%1$%2").arg(ok, salt);
    QTest::newRow("extra field") << make(ok, salt, hash) + QStringLiteral("$x");
    QTest::newRow("no leading $") << make(ok, salt, hash).mid(1);
    QTest::newRow("ln too big") << make(QStringLiteral("ln=21,r=8,p=1"), salt, hash);
    QTest::newRow("ln zero") << make(QStringLiteral("ln=0,r=8,p=1"), salt, hash);
    QTest::newRow("r*p > 64") << make(QStringLiteral("ln=10,r=8,p=9"), salt, hash);
    QTest::newRow("r zero") << make(QStringLiteral("ln=10,r=0,p=1"), salt, hash);
    QTest::newRow("memory > 1 GiB") << make(QStringLiteral("ln=20,r=16,p=1"), salt, hash);
    QTest::newRow("params reordered") << make(QStringLiteral("r=8,ln=10,p=1"), salt, hash);
    QTest::newRow("param missing") << make(QStringLiteral("ln=10,r=8"), salt, hash);
    QTest::newRow("leading zero") << make(QStringLiteral("ln=010,r=8,p=1"), salt, hash);
    QTest::newRow("sign") << make(QStringLiteral("ln=+10,r=8,p=1"), salt, hash);
    QTest::newRow("space") << make(QStringLiteral("ln=10, r=8,p=1"), salt, hash);
    QTest::newRow("non-numeric") << make(QStringLiteral("ln=ten,r=8,p=1"), salt, hash);
    QTest::newRow("padded salt") << make(ok, salt + QStringLiteral("=="), hash);
    QTest::newRow("bad base64") << make(ok, QStringLiteral("c2Fsd*Nhb"), hash);
    QTest::newRow("urlsafe base64") << make(ok, QStringLiteral("c2Fsd_Nhb-Rz"), hash);
    QTest::newRow("short salt") << make(ok, QStringLiteral("c2FsdA"), hash);
    QTest::newRow("short hash") << make(ok, salt, QStringLiteral("YWJj"));
    QTest::newRow("empty hash") << make(ok, salt, QString());
    QTest::newRow("non-ascii") << make(ok, salt, hash + QStringLiteral("é"));
}

void TestPasswordHasher::malformedEncodingsAreRejected()
{
    QFETCH(QString, encoded);
    QVERIFY(!PasswordHasher::verify(QStringLiteral("anything"), encoded));
    QVERIFY(!PasswordHasher::verify(QString(), encoded));
    QVERIFY(PasswordHasher::needsRehash(encoded));
}

void TestPasswordHasher::needsRehash_data()
{
    QTest::addColumn<QString>("encoded");
    QTest::addColumn<bool>("expected");
    const QString salt = QStringLiteral("c2FsdHNhbHRzYWx0c2FsdA");                      // 16 bytes
    const QString hash = QStringLiteral("YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXphYmNkZWY"); // 32 bytes
    const auto make = [&](const QString &params, const QString &s = {}, const QString &h = {}) {
        return QStringLiteral("$scrypt$%1$%2$%3")
            .arg(params, s.isEmpty() ? salt : s, h.isEmpty() ? hash : h);
    };
    QTest::newRow("current") << make(QStringLiteral("ln=14,r=8,p=5")) << false;
    QTest::newRow("fewer passes") << make(QStringLiteral("ln=14,r=8,p=4")) << true;
    QTest::newRow("less memory") << make(QStringLiteral("ln=13,r=8,p=10")) << true;
    QTest::newRow("smaller block") << make(QStringLiteral("ln=14,r=4,p=10")) << true;
    QTest::newRow("OWASP first set") << make(QStringLiteral("ln=17,r=8,p=1")) << false;
    QTest::newRow("stronger") << make(QStringLiteral("ln=15,r=8,p=5")) << false;
    QTest::newRow("short salt") << make(QStringLiteral("ln=14,r=8,p=5"),
                                        QStringLiteral("c2FsdHNhbHQ"))
                                << true;
    QTest::newRow("short hash") << make(QStringLiteral("ln=14,r=8,p=5"), {},
                                        QStringLiteral("YWJjZGVmZ2hpamtsbW5vcA"))
                                << true;
}

void TestPasswordHasher::needsRehash()
{
    QFETCH(QString, encoded);
    QFETCH(bool, expected);
    QCOMPARE(PasswordHasher::needsRehash(encoded), expected);
}

QTEST_APPLESS_MAIN(TestPasswordHasher)
#include "TestPasswordHasher.moc"
