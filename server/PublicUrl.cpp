// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "PublicUrl.h"

#include <QUrl>

namespace keyward {

std::optional<QString> PublicUrl::base(const HttpRequest &request, const QString &issuer)
{
    QString base = issuer;
    if (!base.startsWith(QLatin1String("https://")) && !base.startsWith(QLatin1String("http://"))) {
        const QString host = QString::fromLatin1(request.header("host"));
        const QUrl url(QStringLiteral("http://") + host, QUrl::StrictMode);
        if (host.isEmpty() || !url.isValid() || url.host().isEmpty() || !url.path().isEmpty() ||
            !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
            return std::nullopt;
        base = url.toString(QUrl::FullyEncoded);
    }
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

} // namespace keyward
