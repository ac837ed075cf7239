// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ChangeDetail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace keyward::ChangeDetail {

namespace {

class Changes {
public:
    void add(const char *field, const QString &before, const QString &after)
    {
        if (before != after)
            m_parts << QStringLiteral("%1: %2 → %3").arg(QLatin1String(field), before, after);
    }
    void addNamed(const char *field, bool changed)
    {
        if (changed)
            m_parts << QStringLiteral("%1 changed").arg(QLatin1String(field));
    }
    QString text() const
    {
        return m_parts.isEmpty() ? QStringLiteral("no change") : m_parts.join(QStringLiteral("; "));
    }

private:
    QStringList m_parts;
};

// As a JSON string: quoted, with quotes, backslashes and control characters escaped.
QString quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.sliced(1, array.size() - 2)); // without [ ]
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString listed(const QStringList &items)
{
    return items.isEmpty() ? QStringLiteral("none") : items.join(QStringLiteral(", "));
}

QString moment(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QStringLiteral("never");
}

QString perMinute(const std::optional<qint64> &limit)
{
    return limit && *limit > 0 ? QStringLiteral("%1/min").arg(*limit) : QStringLiteral("none");
}

} // namespace

QString of(const ApiKey &before, const ApiKey &after)
{
    Changes changes;
    changes.add("name", quoted(before.name), quoted(after.name));
    changes.add("description", quoted(before.description), quoted(after.description));
    changes.add("status", keyStatusName(before.status), keyStatusName(after.status));
    changes.add("permissions", listed(before.permissions), listed(after.permissions));
    changes.add("networks",
                before.allowedNetworks.isEmpty() ? QStringLiteral("any") : before.allowedNetworks,
                after.allowedNetworks.isEmpty() ? QStringLiteral("any") : after.allowedNetworks);
    changes.add("rate limit", perMinute(before.rateLimitPerMinute),
                perMinute(after.rateLimitPerMinute));
    changes.add("expires", moment(before.expiresAt), moment(after.expiresAt));
    return changes.text();
}

QString of(const Tenant &before, const Tenant &after)
{
    Changes changes;
    changes.add("name", quoted(before.name), quoted(after.name));
    changes.add("active", yesNo(before.isActive), yesNo(after.isActive));
    changes.add("discoverable", yesNo(before.discoverable), yesNo(after.discoverable));
    return changes.text();
}

QString of(const User &before, const User &after)
{
    Changes changes;
    changes.add("email", quoted(before.email), quoted(after.email));
    changes.add("role", roleName(before.role), roleName(after.role));
    changes.add("active", yesNo(before.isActive), yesNo(after.isActive));
    changes.addNamed("password", before.passwordHash != after.passwordHash);
    return changes.text();
}

} // namespace keyward::ChangeDetail
