// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QAction;
class QToolBar;

namespace keyward {

class MainWindow;

// The main window's menu bar and toolbar: the window's own actions (quit,
// refresh, filter, start and stop the embedded server, copy its base URL,
// signing keys, leak scan, about) with their shortcuts, laid out beside the
// panes' actions. The actions call the window's public functions; the server
// actions are enabled to match the embedded server's state. Their texts are
// the window's (MainWindow::tr), so they keep its translations.
class MainMenus : public QObject {
    Q_OBJECT
public:
    // Fills `window`'s menu bar and adds its toolbar; the window's panes and
    // embedded server must exist already.
    explicit MainMenus(MainWindow &window);

    QAction *startServerAction() const { return m_startServer; }
    QAction *stopServerAction() const { return m_stopServer; }
    QAction *signingKeysAction() const { return m_signingKeys; }
    QAction *scanForLeaksAction() const { return m_scanForLeaks; }

private:
    void createActions();
    void createToolBar();
    void createMenus();
    void updateServerActions();

    MainWindow &m_window;
    QToolBar *m_toolBar = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_find = nullptr;
    QAction *m_startServer = nullptr;
    QAction *m_stopServer = nullptr;
    QAction *m_copyBaseUrl = nullptr;
    QAction *m_signingKeys = nullptr;
    QAction *m_scanForLeaks = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};

} // namespace keyward
