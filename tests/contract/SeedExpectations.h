// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the seed documents promise for each of their curl commands, as
// TestSeedCurlReplay checks it.
#include <QList>
#include <QString>

namespace seeds {

// What the documents promise for one command. `body` is the whole expected
// body; in it, ${NAME} is a value of this run (see arrange()) and some
// strings are patterns: "<jwt>" a token this server verifies (and that
// carries `claims`), "<iso-time>" a UTC ISO 8601 time with Z, "<int:NAME>"
// any integer and "<uuid:NAME>" any UUID, bound to NAME for the claims.
// `jq` is what the command's jq prints, as a JSON array of its outputs.
// `documented` is the seeds' own wording of the outcome, which must appear
// in them, so this table cannot drift from the documents unnoticed.
struct Expectation {
    QString seed;
    int command = 0;
    int status = 0;
    const char *body = nullptr;
    const char *jq = nullptr;
    const char *claims = nullptr;
    const char *documented = nullptr;
};

// Every command's promise.
const QList<Expectation> &expectations();
// The promise for one command of one seed; nullptr when there is none.
const Expectation *expectationFor(const QString &seed, int command);

} // namespace seeds
