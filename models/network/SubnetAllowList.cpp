// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "network/SubnetAllowList.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace keyward {

namespace {

QStringList entriesOf(const QString &networks)
{
    QStringList entries;
    for (const QString &entry : networks.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = entry.trimmed();
        if (!trimmed.isEmpty())
            entries << trimmed;
    }
    return entries;
}

// IPv4 only in full dotted-quad form: inet_aton's shorthands ("10.1" for
// 10.0.0.1) are almost always typos in an allow-list.
bool isShorthandIpv4(const QString &address)
{
    static const QRegularExpression dottedQuad(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    return !address.contains(QLatin1Char(':')) && !dottedQuad.match(address).hasMatch();
}

// A bare address is a network of one: /32 or /128.
std::optional<QPair<QHostAddress, int>> subnetOf(const QString &entry)
{
    if (isShorthandIpv4(entry.section(QLatin1Char('/'), 0, 0)))
        return std::nullopt;
    if (!entry.contains(QLatin1Char('/'))) {
        const QHostAddress address(entry);
        if (address.isNull())
            return std::nullopt;
        return qMakePair(address, address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128);
    }
    const auto subnet = QHostAddress::parseSubnet(entry);
    if (subnet.first.isNull())
        return std::nullopt;
    return subnet;
}

QHostAddress unmapped(const QHostAddress &address)
{
    bool isMapped = false;
    const quint32 ipv4 = address.toIPv4Address(&isMapped);
    return isMapped ? QHostAddress(ipv4) : address;
}

} // namespace

std::optional<QString> SubnetAllowList::invalidEntry(const QString &networks) const
{
    for (const QString &entry : entriesOf(networks)) {
        if (!subnetOf(entry))
            return entry;
    }
    return std::nullopt;
}

QString SubnetAllowList::normalized(const QString &networks) const
{
    return entriesOf(networks).join(QLatin1Char(','));
}

bool SubnetAllowList::allows(const QString &networks, const QString &clientAddress) const
{
    const QStringList entries = entriesOf(networks);
    if (entries.isEmpty())
        return true;
    const QHostAddress client = unmapped(QHostAddress(clientAddress));
    if (client.isNull())
        return false;
    for (const QString &entry : entries) {
        const auto subnet = subnetOf(entry);
        if (subnet && client.isInSubnet(subnet->first, subnet->second))
            return true;
    }
    return false;
}

} // namespace keyward
