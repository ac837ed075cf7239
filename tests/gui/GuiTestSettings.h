// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

namespace keyward {

// Points QSettings at a fresh temporary directory for the life of a test, so
// GUI tests neither read nor change the user's own settings and start from
// the documented defaults.
class GuiTestSettings {
public:
    GuiTestSettings()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KeywardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("keyward-gui-test"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_directory.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_directory.path());
        QSettings().clear();
    }

private:
    QTemporaryDir m_directory;
};

} // namespace keyward
