#pragma once

// `keyward` with no command (or `keyward gui`): the desktop console with its
// embedded HTTP server. Without a display it says to use `keyward serve`.
namespace GuiCommand {
int run(int &argc, char **argv);
}
