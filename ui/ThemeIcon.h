// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>
#include <QStyle>

namespace keyward {

// Finds an action's icon the way desktop applications do: the user's icon
// theme first, then Keyward's own SVG (when Qt can render SVG here), then
// the style's built-in pixmap, so no button is ever blank.
class ThemeIcon {
public:
    // `resource`: a file name under :/icons without ".svg".
    static QIcon get(const QString &themeName, const QString &resource,
                     QStyle::StandardPixmap fallback);
    // Keyward's own icon (window, About dialog).
    static QIcon application();
};

} // namespace keyward
