// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace keyward {

// QHttpServer's own debug output (category qt.httpserver) prints whole
// requests, x-api-key and Authorization headers included. Installed once at
// start-up, this keeps that category's debug messages off whatever logging
// rules an operator sets, so a secret is never logged.
void keepSecretsOutOfLogs();

// Client-supplied text as it may appear in a log line: control and
// non-ASCII characters become \xNN, so no client can start a line of its own.
QString loggable(const QString &text);

} // namespace keyward
