// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GuiTestSettings.h"
#include "MainWindow.h"
#include "TenantsPane.h"
#include "TestServices.h"

#include <QSettings>
#include <QSize>
#include <QTest>

#include <memory>

namespace keyward {

// The console as the GUI tests meet it: settings of their own (no local
// server starting with the window), a domain over a fresh database with the
// tenant "Acme", and the main window with that tenant selected. A test may
// arrange data before it opens the window, and close and open it again to
// see what a restart keeps. Create one in init() and destroy it in
// cleanup(): the window goes before the services, the services before the
// settings.
class ConsoleFixture {
public:
    ConsoleFixture() { QSettings().setValue(QStringLiteral("server/autoStart"), false); }
    ConsoleFixture(const ConsoleFixture &) = delete;
    ConsoleFixture &operator=(const ConsoleFixture &) = delete;

    TestServices &test() { return m_test; }
    const Tenant &tenant() const { return m_tenant; }
    // The open window, or null before open() and after close().
    MainWindow *window() const { return m_window.get(); }

    // Opens a new main window (closing any open one first), sized to `size`
    // if given, shown and exposed, with "Acme" selected. False if the
    // window never became exposed.
    [[nodiscard]] bool open(const QSize &size = QSize())
    {
        close();
        m_window = std::make_unique<MainWindow>(m_test.services());
        if (size.isValid())
            m_window->resize(size);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return false;
        m_window->tenantsPane()->selectTenant(m_tenant.id);
        return true;
    }
    // Destroys the window. It gets no close event (and so saves no window
    // settings); to quit as an operator does, call window()->close() first.
    void close() { m_window.reset(); }

private:
    // Declared in the order they are made; destroyed in reverse.
    GuiTestSettings m_settings;
    TestServices m_test;
    Tenant m_tenant = m_test.createTenant(QStringLiteral("Acme"));
    std::unique_ptr<MainWindow> m_window;
};

} // namespace keyward
