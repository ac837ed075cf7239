// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// The configuration read from the environment, in app/ only: the master key
// and the first start's tenant and administrator.
#include "Environment.h"
#include "Runtime.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;

class TestEnvironment : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        for (const char *name : {"KEYWARD_MASTER_KEY", "KEYWARD_TENANT_NAME", "KEYWARD_ADMIN_EMAIL",
                                 "KEYWARD_ADMIN_PASSWORD"})
            qunsetenv(name);
    }

    void masterKeyIsParsedAndNamedInErrors()
    {
        QVERIFY(!Environment::masterKey());
        const QByteArray raw(32, '\x09');
        qputenv("KEYWARD_MASTER_KEY", raw.toHex());
        QCOMPARE(Environment::masterKey()->value(), raw);
        qputenv("KEYWARD_MASTER_KEY", "nonsense");
        const auto refused = Environment::masterKey();
        QVERIFY(refused && !*refused);
        QVERIFY(refused->error().startsWith(QStringLiteral("KEYWARD_MASTER_KEY: ")));
    }

    void masterKeyFromTheEnvironmentWinsOverTheFile()
    {
        QTemporaryDir directory;
        const QString store = directory.filePath(QStringLiteral("k.sqlite"));
        qputenv("KEYWARD_MASTER_KEY", QByteArray(32, '\x05').toHex());
        Runtime::Settings settings;
        settings.databaseLocation = store;
        auto runtime = Runtime::open(settings);
        QVERIFY2(runtime, runtime ? "" : qPrintable(runtime.error()));
        QVERIFY(!QFile::exists(store + QStringLiteral(".key")));
        runtime->reset();
        qunsetenv("KEYWARD_MASTER_KEY");
        // Without it a new store's key file is made beside it.
        settings.databaseLocation = directory.filePath(QStringLiteral("other.sqlite"));
        runtime = Runtime::open(settings);
        QVERIFY2(runtime, runtime ? "" : qPrintable(runtime.error()));
        QVERIFY(QFile::exists(settings.databaseLocation + QStringLiteral(".key")));
    }

    void firstStartSettings()
    {
        QCOMPARE(Environment::bootstrap().tenantName, QStringLiteral("Default"));
        qputenv("KEYWARD_TENANT_NAME", "  Example Company ");
        qputenv("KEYWARD_ADMIN_EMAIL", " root@example.com");
        qputenv("KEYWARD_ADMIN_PASSWORD", " spaces kept ");
        const Bootstrap::Settings settings = Environment::bootstrap();
        QCOMPARE(settings.tenantName, QStringLiteral("Example Company"));
        QCOMPARE(settings.adminEmail, QStringLiteral("root@example.com"));
        QCOMPARE(settings.adminPassword, QStringLiteral(" spaces kept "));
    }
};

QTEST_GUILESS_MAIN(TestEnvironment)
#include "TestEnvironment.moc"
