// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "MasterKeyVault.h"

#include "Environment.h"
#include "crypto/Digest.h"
#include "crypto/MasterKey.h"

#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

using namespace keyward;

Q_LOGGING_CATEGORY(lcVault, "keyward.masterkey")

namespace {

const QString keychainService = QStringLiteral("keyward");

// QtKeychain jobs are asynchronous; start-up needs the answer before going on.
void runToCompletion(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
}

Result<MasterKeyVault::Loaded, QString> fromFile(const QString &file, const QString &why)
{
    qCInfo(lcVault, "no OS keychain (%s); keeping the master key in %s", qPrintable(why),
           qPrintable(file));
    auto key = MasterKey::fromFile(file);
    if (!key)
        return key.error();
    return MasterKeyVault::Loaded{*key, file};
}

} // namespace

Result<MasterKeyVault::Loaded, QString> MasterKeyVault::load(const QString &entry,
                                                             const QString &fallbackFile)
{
    if (const auto given = Environment::masterKey()) {
        if (!*given)
            return given->error();
        return Loaded{**given, QStringLiteral("environment")};
    }

    QKeychain::ReadPasswordJob read(keychainService);
    read.setKey(entry);
    runToCompletion(read);
    if (read.error() == QKeychain::NoError) {
        auto key = MasterKey::parse(read.textData().toLatin1());
        if (!key)
            return QStringLiteral("the master key in the OS keychain (%1) is damaged: %2")
                .arg(entry, key.error());
        return Loaded{*key, QStringLiteral("keychain")};
    }
    if (read.error() != QKeychain::EntryNotFound)
        return fromFile(fallbackFile, read.errorString());

    // First use of this keychain: adopt the file's key if there is one.
    QByteArray key;
    if (QFile::exists(fallbackFile)) {
        auto existing = MasterKey::fromFile(fallbackFile);
        if (!existing)
            return existing.error();
        key = *existing;
    } else {
        key = Digest::randomBytes(MasterKey::Length);
    }
    QKeychain::WritePasswordJob write(keychainService);
    write.setKey(entry);
    write.setTextData(QString::fromLatin1(key.toHex()));
    runToCompletion(write);
    if (write.error() != QKeychain::NoError)
        return fromFile(fallbackFile, write.errorString());
    qCInfo(lcVault, "master key stored in the OS keychain as %s/%s", qPrintable(keychainService),
           qPrintable(entry));
    return Loaded{key, QStringLiteral("keychain")};
}
