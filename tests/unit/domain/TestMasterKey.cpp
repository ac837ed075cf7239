#include "crypto/MasterKey.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace keyward;

class TestMasterKey : public QObject {
    Q_OBJECT
private slots:
    void init() { qunsetenv("KEYWARD_MASTER_KEY"); }

    void parsesHexAndBase64()
    {
        const QByteArray raw(32, '\x07');
        QCOMPARE(MasterKey::parse(raw.toHex()).value(), raw);
        QCOMPARE(MasterKey::parse(raw.toBase64() + "\n").value(), raw);
        QCOMPARE(MasterKey::parse(
                     raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                     .value(),
                 raw);
        QVERIFY(!MasterKey::parse("too short"));
        QVERIFY(!MasterKey::parse(QByteArray(31, 'a').toHex()));
    }

    void firstStartCreatesAPrivateFileAndReusesIt()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("sub/k.sqlite.key"));
        auto created = MasterKey::fromEnvironmentOrFile(path);
        QVERIFY2(created, created ? "" : qPrintable(created.error()));
        QCOMPARE(created->size(), 32);
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        QCOMPARE(MasterKey::fromEnvironmentOrFile(path).value(), created.value());
    }

    void refusesAKeyFileOthersCanRead()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("k.key"));
        QVERIFY(MasterKey::fromFile(path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadOther));
        auto refused = MasterKey::fromFile(path);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("readable by others")));
    }

    void environmentWinsOverTheFile()
    {
        QTemporaryDir directory;
        const QByteArray raw(32, '\x09');
        qputenv("KEYWARD_MASTER_KEY", raw.toHex());
        const QString path = directory.filePath(QStringLiteral("k.key"));
        QCOMPARE(MasterKey::fromEnvironmentOrFile(path).value(), raw);
        QVERIFY(!QFile::exists(path));
        qputenv("KEYWARD_MASTER_KEY", "nonsense");
        auto refused = MasterKey::fromEnvironmentOrFile(path);
        QVERIFY(!refused);
        QVERIFY(refused.error().startsWith(QStringLiteral("KEYWARD_MASTER_KEY:")));
    }
};

QTEST_GUILESS_MAIN(TestMasterKey)
#include "TestMasterKey.moc"
