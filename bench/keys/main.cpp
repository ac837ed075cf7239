// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Fills a bench store (bench/run.sh): adds COUNT keys shaped like the key
// TEMPLATE-ID (same tenant, kind, permissions and limits) with fresh secrets
// in Keyward's own format, in one transaction, and prints the secrets one
// per line. The store must exist (start `keyward serve` on it once) and be
// SQLite; what it writes is what `keyward key create` writes, minus the
// audit entries, so a million keys take seconds instead of hours.
//   keyward-bench-keys DB TEMPLATE-ID COUNT > secrets
#include "crypto/Digest.h"
#include "crypto/KeyFormat.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

using namespace keyward;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    bool templateOk = false;
    bool countOk = false;
    const qint64 templateId = arguments.value(2).toLongLong(&templateOk);
    const qint64 count = arguments.value(3).toLongLong(&countOk);
    QTextStream err(stderr);
    if (arguments.size() != 4 || !templateOk || !countOk || count < 1) {
        err << "usage: keyward-bench-keys DB TEMPLATE-ID COUNT > secrets\n";
        return 2;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(arguments.at(1));
    QSqlQuery insert(db);
    // INSERT ... SELECT from the same table goes through a temporary table:
    // in memory, and a page cache the growing transaction fits in.
    const bool ready =
        db.open() && QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -1048576")) &&
        QSqlQuery(db).exec(QStringLiteral("PRAGMA temp_store = MEMORY")) &&
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_spill = OFF")) && db.transaction() &&
        insert.prepare(QStringLiteral(
            "INSERT INTO api_keys (tenant_id, kind, name, description, display_prefix, digest, "
            "status, permissions, allowed_networks, rate_limit, lifetime, not_before, "
            "expires_at, created_at, updated_at) "
            "SELECT tenant_id, kind, :name, description, :prefix, :digest, status, permissions, "
            "allowed_networks, rate_limit, lifetime, not_before, expires_at, created_at, "
            "updated_at FROM api_keys WHERE id = :template"));
    if (!ready) {
        err << "keyward-bench-keys: " << db.lastError().text() << insert.lastError().text() << '\n';
        return 1;
    }
    QTextStream out(stdout);
    for (qint64 n = 1; n <= count; ++n) {
        const QByteArray secret = KeyFormat::generate(KeyKind::Secret);
        insert.bindValue(QStringLiteral(":name"), QStringLiteral("bench %1").arg(n));
        insert.bindValue(QStringLiteral(":prefix"),
                         QString::fromLatin1(KeyFormat::displayPrefix(secret)));
        insert.bindValue(QStringLiteral(":digest"), QString::fromLatin1(Digest::sha256Hex(secret)));
        insert.bindValue(QStringLiteral(":template"), templateId);
        if (!insert.exec() || insert.numRowsAffected() != 1) {
            err << "keyward-bench-keys: key " << templateId
                << " cannot be copied: " << insert.lastError().text() << '\n';
            return 1;
        }
        out << secret << '\n';
    }
    if (!db.commit()) {
        err << "keyward-bench-keys: " << db.lastError().text() << '\n';
        return 1;
    }
    return 0;
}
