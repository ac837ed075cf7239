// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Actor.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace keyward {

class Services;

// The audit log as people read it. The log stores stable identifiers
// ("user:7", "key:12", tenant 3, "apikey.update") so that scripts and the API
// can rely on them; the console shows the names behind them — the user's
// email, the key's label, the tenant's name, the action in words — looked up
// once per identifier and kept until forget(). What no longer exists (a
// deleted key) is shown as stored.
class AuditNames {
    Q_DECLARE_TR_FUNCTIONS(AuditNames)

public:
    AuditNames(const Services &services, Actor viewer);

    // An actor or target: "user:7", "key:12", "apikey:12", "tenant:3".
    QString of(const QString &stored) const;
    QString tenant(qint64 id) const;
    static QString action(const QString &stored);
    void forget();

private:
    const Services &m_services;
    Actor m_viewer;
    mutable QHash<QString, QString> m_names;
    mutable QHash<qint64, QString> m_tenants;
};

} // namespace keyward
