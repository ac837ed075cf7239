// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// The leak scanner over a planted tree: live, disabled, deleted, expired and
// foreign keys are each reported with where they are and what they are; a
// key with a broken checksum, one glued into a longer word, binary files,
// .git directories and symbolic links are not.
#include "TestServices.h"
#include "crypto/KeyFormat.h"
#include "domain/LeakScanner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using Status = LeakScanner::Status;

namespace {

void plant(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestLeakScanner : public QObject {
    Q_OBJECT
private:
    IssuedKey secretKey(TestServices &test, const QString &name,
                        std::optional<qint64> lifetime = std::nullopt)
    {
        NewKey request;
        request.name = name;
        request.permissions = {QStringLiteral("read")};
        request.lifetimeSeconds = lifetime;
        return test.createKey(1, request);
    }

private slots:
    void candidatesAreWholeKeysWithValidChecksums()
    {
        const QByteArray key = KeyFormat::generate(KeyKind::Secret);
        const QByteArray tenant = KeyFormat::generate(KeyKind::Tenant);
        QByteArray typo = key;
        typo[10] = typo[10] == 'a' ? 'b' : 'a';
        const QByteArray text = "x=" + key + "\n'" + tenant + "' " + typo + " x" + key + " " + key +
                                "9 " + key.left(20);
        const auto found = LeakScanner::candidates(text);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].offset, 2);
        QCOMPARE(found[0].key.toByteArray(), key);
        QCOMPARE(found[1].key.toByteArray(), tenant);
    }

    void aPlantedTreeIsReportedKeyByKey()
    {
        TestServices test;
        const IssuedKey live = secretKey(test, QStringLiteral("live"));
        const IssuedKey disabled = secretKey(test, QStringLiteral("disabled"));
        const IssuedKey deleted = secretKey(test, QStringLiteral("deleted"));
        const IssuedKey expired = secretKey(test, QStringLiteral("expired"), 60);
        KeyChanges disable;
        disable.status = KeyStatus::Disabled;
        QVERIFY(
            test.services().keys.update(TestServices::operatorActor(), disabled.key.id, disable));
        QVERIFY(test.services().keys.remove(TestServices::operatorActor(), deleted.key.id));
        test.clock().advance(61);
        const QByteArray foreign = KeyFormat::generate(KeyKind::Secret);

        QTemporaryDir dir;
        const QString root = dir.path();
        plant(root + QStringLiteral("/a/deep/er/config.env"),
              "# settings\nAPI_KEY=" + live.secret + "\nOTHER=" + disabled.secret + "\n");
        plant(root + QStringLiteral("/b.json"), "{\"k\": \"" + deleted.secret + "\", \"e\": \"" +
                                                    expired.secret + "\", \"f\": \"" + foreign +
                                                    "\"}");
        plant(root + QStringLiteral("/c.txt"), "again " + live.secret + "\n");
        plant(root + QStringLiteral("/.git/objects/blob"), live.secret);
        plant(root + QStringLiteral("/image.bin"), QByteArray("\x89PNG\0\0", 6) + live.secret);
        QVERIFY(QFile::link(root + QStringLiteral("/c.txt"), root + QStringLiteral("/link.txt")));

        const LeakScanner scanner(*test.services().database, *test.services().clock);
        QStringList skipped;
        const auto findings = scanner.scan({root}, &skipped);
        QVERIFY(findings);
        QVERIFY(skipped.isEmpty());
        struct Expected {
            QString file;
            qint64 line;
            qint64 column;
            Status status;
            std::optional<qint64> id;
        };
        const QList<Expected> expected{
            {root + QStringLiteral("/a/deep/er/config.env"), 2, 9, Status::Live, live.key.id},
            {root + QStringLiteral("/a/deep/er/config.env"), 3, 7, Status::Disabled,
             disabled.key.id},
            {root + QStringLiteral("/b.json"), 1, 8, Status::Deleted, deleted.key.id},
            {root + QStringLiteral("/b.json"), 1, 62, Status::Expired, expired.key.id},
            {root + QStringLiteral("/b.json"), 1, 116, Status::Unknown, std::nullopt},
            {root + QStringLiteral("/c.txt"), 1, 7, Status::Live, live.key.id},
        };
        QCOMPARE(findings->size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const LeakScanner::Finding &finding = findings->at(i);
            QCOMPARE(finding.file, expected[i].file);
            QCOMPARE(finding.line, expected[i].line);
            QCOMPARE(finding.column, expected[i].column);
            QCOMPARE(finding.status, expected[i].status);
            QCOMPARE(finding.keyId, expected[i].id);
            QVERIFY(finding.masked.endsWith("****************"));
            QCOMPARE(finding.masked.size(), 25);
        }
        QCOMPARE(findings->first().label, QStringLiteral("live"));
        QCOMPARE(findings->first().tenantId, std::optional<qint64>(1));

        // A file named directly is scanned; a link named directly is not.
        QCOMPARE(scanner.scan({root + QStringLiteral("/c.txt")})->size(), 1);
        QCOMPARE(scanner.scan({root + QStringLiteral("/link.txt")})->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLeakScanner)
#include "TestLeakScanner.moc"
