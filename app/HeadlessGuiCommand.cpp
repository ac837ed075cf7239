// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "GuiCommand.h"

#include <QTextStream>

// GuiCommand of a build without the console (-DKEYWARD_GUI=OFF: no Qt
// Widgets, Qt Gui or QtKeychain linked): asked for the console, it says so
// and what to run instead.

bool GuiCommand::available()
{
    return false;
}

int GuiCommand::run(int &, char **)
{
    QTextStream(stderr) << "keyward: this keyward was built without the desktop console "
                           "(KEYWARD_GUI=OFF); run 'keyward serve' to start the HTTP API, or "
                           "'keyward --help'.\n";
    return 2;
}
