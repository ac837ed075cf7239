// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/MasterKey.h"

#include "crypto/Digest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace keyward {

namespace {

Result<QByteArray, QString> readKeyFile(const QString &keyFile)
{
    QFile file(keyFile);
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        return QStringLiteral("master key file %1 is readable by others; run chmod 600 on it")
            .arg(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read master key file %1: %2")
            .arg(keyFile, file.errorString());
    auto key = MasterKey::parse(file.readAll());
    if (!key)
        return QStringLiteral("master key file %1: %2").arg(keyFile, key.error());
    return key;
}

// The key is written whole to a private (0600) temporary file beside the
// target and then linked into place. link() never replaces a file: of two
// first starts racing (the console and `keyward serve`, two CLI calls), one
// key wins and the other start reads it, instead of overwriting it.
Result<QByteArray, QString> createKeyFile(const QString &keyFile)
{
    const QByteArray key = Digest::randomBytes(MasterKey::Length);
    const QString directory = QFileInfo(keyFile).absolutePath();
    QDir().mkpath(directory);
    QTemporaryFile file(directory + QStringLiteral("/.master-key-XXXXXX"));
    if (!file.open())
        return QStringLiteral("cannot create master key file %1: %2")
            .arg(keyFile, file.errorString());
    if (file.write(key.toHex() + '\n') < 0 || !file.flush() || ::fsync(file.handle()) != 0)
        return QStringLiteral("cannot write master key file %1: %2")
            .arg(keyFile, file.errorString());
    if (::link(QFile::encodeName(file.fileName()).constData(),
               QFile::encodeName(keyFile).constData()) == 0)
        return key;
    if (errno == EEXIST)
        return readKeyFile(keyFile);
    return QStringLiteral("cannot create master key file %1: %2")
        .arg(keyFile, QString::fromLocal8Bit(std::strerror(errno)));
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
    if (!QFile::exists(keyFile))
        return createKeyFile(keyFile);
    return readKeyFile(keyFile);
}

} // namespace keyward
