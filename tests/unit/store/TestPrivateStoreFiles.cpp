// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// The SQLite store holds password hashes, key digests, sealed values and the
// audit trail: under the usual umask 022, what Keyward creates for it (its
// directory, the database file and the -wal/-shm files SQLite derives from
// it) is its owner's alone, and what an operator created keeps its mode.
#include "store/Database.h"
#include "store/DatabaseUrl.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace keyward;

namespace {

unsigned modeOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

} // namespace

class TestPrivateStoreFiles : public QObject {
    Q_OBJECT
private:
    mode_t m_umask = 0;

private slots:
    void initTestCase() { m_umask = ::umask(022); }
    void cleanupTestCase() { ::umask(m_umask); }

    void createdFilesAreTheOwnersAlone()
    {
        QTemporaryDir home;
        const QString directory = home.filePath(QStringLiteral("state"));
        const QString path = directory + QStringLiteral("/keyward.sqlite");
        auto url = DatabaseUrl::parse(path);
        QVERIFY(url);
        auto database = Database::open(*url);
        QVERIFY2(database, database ? "" : qPrintable(database.error()));
        QSqlQuery write((*database)->connection());
        QVERIFY(write.exec(QStringLiteral(
            "INSERT INTO tenants (name, created_at, updated_at) VALUES ('x', 0, 0)")));
        QCOMPARE(modeOf(directory), 0700u);
        QCOMPARE(modeOf(path), 0600u);
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600u);
        QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600u);
    }

    void existingFilesKeepTheirMode()
    {
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral("keyward.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        const unsigned directoryMode = modeOf(home.path());
        auto database = Database::open(*DatabaseUrl::parse(path));
        QVERIFY(database);
        QCOMPARE(modeOf(path), 0640u);
        QCOMPARE(modeOf(home.path()), directoryMode);
    }
};

QTEST_GUILESS_MAIN(TestPrivateStoreFiles)
#include "TestPrivateStoreFiles.moc"
