// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "Router.h"

namespace keyward {

namespace {
const QString placeholder = QStringLiteral("{}");
}

void Router::add(const QByteArray &method, const QString &pattern, Handler handler,
                 QuickHandler quick)
{
    m_routes.append({method, pattern, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts),
                     std::move(handler), std::move(quick)});
}

bool Router::matches(const Route &route, const QList<QStringView> &segments,
                     QStringList *parameters)
{
    if (route.segments.size() != segments.size())
        return false;
    QStringList captured;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (route.segments[i] == placeholder)
            captured << segments[i].toString();
        else if (route.segments[i].compare(segments[i], Qt::CaseInsensitive) != 0)
            return false;
    }
    *parameters = captured;
    return true;
}

QList<QPair<QByteArray, QString>> Router::routes() const
{
    QList<QPair<QByteArray, QString>> all;
    for (const Route &route : m_routes)
        all.append({route.method, route.pattern});
    return all;
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    // Views into the path: no string per segment.
    const QList<QStringView> segments = QStringView(path).split(u'/', Qt::SkipEmptyParts);
    Match result;
    for (const Route &route : m_routes) {
        QStringList parameters;
        if (!matches(route, segments, &parameters))
            continue;
        if (route.method == method)
            return {Match::Kind::Found, route.handler, route.quick, parameters, {}, route.pattern};
        result.kind = Match::Kind::MethodNotAllowed;
        result.pattern = route.pattern;
        result.allowedMethods << route.method;
    }
    return result;
}

} // namespace keyward
