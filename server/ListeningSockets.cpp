// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ListeningSockets.h"

#include <QAbstractSocket>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace keyward {

namespace {

// The kernel's accept queue per socket; SOMAXCONN caps what is asked.
constexpr int backlog = 1024;

struct Errno {
    int value = 0;
};

struct SocketAddress {
    sockaddr_storage storage{};
    socklen_t length = 0;
    bool dualStack = false; // IPv6 socket taking IPv4 too
};

SocketAddress socketAddress(const QHostAddress &address, quint16 port)
{
    SocketAddress result;
    // QHostAddress::Any is [::] taking IPv4 too, as QTcpServer has it.
    const bool any = address.protocol() == QAbstractSocket::AnyIPProtocol;
    if (address.protocol() == QAbstractSocket::IPv6Protocol || any) {
        auto *ipv6 = reinterpret_cast<sockaddr_in6 *>(&result.storage);
        ipv6->sin6_family = AF_INET6;
        ipv6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes =
            any ? QHostAddress(QHostAddress::AnyIPv6).toIPv6Address() : address.toIPv6Address();
        std::memcpy(&ipv6->sin6_addr, &bytes, sizeof bytes);
        ipv6->sin6_scope_id = address.scopeId().toUInt();
        result.length = sizeof(sockaddr_in6);
        result.dualStack = any;
    } else {
        auto *ipv4 = reinterpret_cast<sockaddr_in *>(&result.storage);
        ipv4->sin_family = AF_INET;
        ipv4->sin_port = htons(port);
        ipv4->sin_addr.s_addr = htonl(address.toIPv4Address());
        result.length = sizeof(sockaddr_in);
    }
    return result;
}

// A bound socket (listening unless `probe`), or errno.
Result<int, Errno> bound(const SocketAddress &where, bool shared, bool probe)
{
    const int descriptor =
        ::socket(where.storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (descriptor < 0)
        return Errno{errno};
    const int on = 1;
    const int v6Only = where.dualStack ? 0 : 1;
    bool ok = ::setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on) == 0;
    if (ok && shared)
        ok = ::setsockopt(descriptor, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) == 0;
    if (ok && where.storage.ss_family == AF_INET6) // as QTcpServer sets it
        ok = ::setsockopt(descriptor, IPPROTO_IPV6, IPV6_V6ONLY, &v6Only, sizeof v6Only) == 0;
    ok = ok &&
         ::bind(descriptor, reinterpret_cast<const sockaddr *>(&where.storage), where.length) == 0;
    ok = ok && (probe || ::listen(descriptor, backlog) == 0);
    if (!ok) {
        const int error = errno;
        ::close(descriptor);
        return Errno{error};
    }
    return descriptor;
}

quint16 boundPort(int descriptor)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    if (::getsockname(descriptor, reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return 0;
    return storage.ss_family == AF_INET6
               ? ntohs(reinterpret_cast<const sockaddr_in6 *>(&storage)->sin6_port)
               : ntohs(reinterpret_cast<const sockaddr_in *>(&storage)->sin_port);
}

} // namespace

ListeningSockets::ListeningSockets(ListeningSockets &&other) noexcept
    : m_descriptors(std::move(other.m_descriptors))
    , m_port(other.m_port)
{
    other.m_descriptors.clear();
}

ListeningSockets &ListeningSockets::operator=(ListeningSockets &&other) noexcept
{
    if (this != &other) {
        closeAll();
        m_descriptors = std::move(other.m_descriptors);
        other.m_descriptors.clear();
        m_port = other.m_port;
    }
    return *this;
}

ListeningSockets::~ListeningSockets()
{
    closeAll();
}

void ListeningSockets::closeAll()
{
    for (const qintptr descriptor : m_descriptors) {
        if (descriptor >= 0)
            ::close(int(descriptor));
    }
    m_descriptors.clear();
}

qintptr ListeningSockets::take(int i)
{
    const qintptr descriptor = m_descriptors.at(size_t(i));
    m_descriptors[size_t(i)] = -1;
    return descriptor;
}

Result<ListeningSockets, QString> ListeningSockets::open(const QHostAddress &address, quint16 port,
                                                         int count)
{
    const auto fail = [&](Errno error) {
        return QStringLiteral("cannot listen on %1:%2: %3")
            .arg(address.toString())
            .arg(port)
            .arg(QString::fromLocal8Bit(std::strerror(error.value)));
    };
    // Whoever holds the port, even with SO_REUSEPORT, makes this bind fail.
    const SocketAddress asked = socketAddress(address, port);
    const auto probe = bound(asked, false, true);
    if (!probe)
        return fail(probe.error());
    const quint16 chosen = boundPort(*probe);
    ::close(*probe);
    const SocketAddress where = socketAddress(address, chosen);

    ListeningSockets sockets;
    sockets.m_port = chosen;
    for (int i = 0; i < qMax(1, count); ++i) {
        const auto descriptor = bound(where, true, false);
        if (!descriptor)
            return fail(descriptor.error());
        sockets.m_descriptors.push_back(*descriptor);
    }
    return sockets;
}

} // namespace keyward
