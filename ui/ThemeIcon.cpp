// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ThemeIcon.h"

#include <QApplication>
#include <QFile>
#include <QImageReader>

// The icons are compiled into this static library; the resource must be
// registered by hand, from outside any namespace.
static void initKeywardResources()
{
    Q_INIT_RESOURCE(keyward);
}

namespace keyward {

namespace {

bool canRenderSvg()
{
    // Needs the qt6-svg image format plugin (libqt6svg6).
    static const bool supported = [] {
        initKeywardResources();
        return QImageReader::supportedImageFormats().contains(QByteArrayLiteral("svg"));
    }();
    return supported;
}

} // namespace

QIcon ThemeIcon::get(const QString &themeName, const QString &resource,
                     QStyle::StandardPixmap fallback)
{
    if (!themeName.isEmpty() && QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    const QString path = QStringLiteral(":/icons/%1.svg").arg(resource);
    if (canRenderSvg() && QFile::exists(path))
        return QIcon(path);
    return QApplication::style()->standardIcon(fallback);
}

QIcon ThemeIcon::application()
{
    if (QIcon::hasThemeIcon(QStringLiteral("keyward")) || canRenderSvg())
        return get(QStringLiteral("keyward"), QStringLiteral("keyward"), QStyle::SP_DesktopIcon);
    return get(QStringLiteral("dialog-password"), QString(), QStyle::SP_DesktopIcon);
}

} // namespace keyward
