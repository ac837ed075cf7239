#include "crypto/MasterKey.h"

#include "crypto/Digest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

namespace keyward {

namespace {

// QSaveFile creates its temporary file with the process umask; narrowing the
// umask for the write means the key is never readable by others, not even
// for an instant before a chmod.
class PrivateUmask {
public:
    PrivateUmask()
        : m_previous(::umask(077))
    {}
    ~PrivateUmask() { ::umask(m_previous); }

private:
    mode_t m_previous;
};

Result<QByteArray, QString> createKeyFile(const QString &keyFile)
{
    const QByteArray key = Digest::randomBytes(MasterKey::Length);
    QDir().mkpath(QFileInfo(keyFile).absolutePath());
    PrivateUmask umask;
    QSaveFile file(keyFile);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot create master key file %1: %2")
            .arg(keyFile, file.errorString());
    file.write(key.toHex() + '\n');
    if (!file.commit())
        return QStringLiteral("cannot write master key file %1: %2")
            .arg(keyFile, file.errorString());
    return key;
}

} // namespace

Result<QByteArray, QString> MasterKey::parse(QByteArrayView text)
{
    const QByteArray trimmed = text.toByteArray().trimmed();
    if (trimmed.size() == Length * 2) {
        const QByteArray key = QByteArray::fromHex(trimmed);
        if (key.size() == Length && key.toHex() == trimmed.toLower())
            return key;
    }
    for (auto encoding : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        auto decoded = QByteArray::fromBase64Encoding(
            trimmed, encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && decoded.decoded.size() == Length)
            return decoded.decoded;
    }
    return QStringLiteral("a master key must be 32 bytes, written as 64 hex digits or base64");
}

Result<QByteArray, QString> MasterKey::fromFile(const QString &keyFile)
{
    QFile file(keyFile);
    if (!file.exists())
        return createKeyFile(keyFile);
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        return QStringLiteral("master key file %1 is readable by others; run chmod 600 on it")
            .arg(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read master key file %1: %2")
            .arg(keyFile, file.errorString());
    auto key = parse(file.readAll());
    if (!key)
        return QStringLiteral("master key file %1: %2").arg(keyFile, key.error());
    return key;
}

Result<QByteArray, QString> MasterKey::fromEnvironmentOrFile(const QString &keyFile)
{
    const QByteArray fromEnvironment = qgetenv("KEYWARD_MASTER_KEY");
    if (fromEnvironment.isEmpty())
        return fromFile(keyFile);
    auto key = parse(fromEnvironment);
    if (!key)
        return QStringLiteral("KEYWARD_MASTER_KEY: %1").arg(key.error());
    return key;
}

} // namespace keyward
