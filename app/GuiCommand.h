// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

// `keyward` with no command (or `keyward gui`): the desktop console with its
// embedded HTTP server. Without a display it says to use `keyward serve`.
// A build with KEYWARD_GUI=OFF links HeadlessGuiCommand.cpp instead, which
// says that this keyward has no console.
namespace GuiCommand {
// Whether this build has the console.
bool available();
int run(int &argc, char **argv);
} // namespace GuiCommand
