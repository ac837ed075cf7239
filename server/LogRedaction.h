#pragma once

namespace keyward {

// QHttpServer's own debug output (category qt.httpserver) prints whole
// requests, x-api-key and Authorization headers included. Installed once at
// start-up, this keeps that category's debug messages off whatever logging
// rules an operator sets, so a secret is never logged.
void keepSecretsOutOfLogs();

} // namespace keyward
