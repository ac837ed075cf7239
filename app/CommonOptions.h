// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "Runtime.h"

#include <QCommandLineParser>

// Options every command that opens the store shares: --db, --master-key-file,
// --jwt-alg, --issuer, --audience, each also settable through the environment.
namespace CommonOptions {

void add(QCommandLineParser &parser);
// Parses like QCommandLineParser::process() but with the exit codes scripts
// rely on: --help prints and gives 0, a bad option prints and gives 2;
// nullopt when the command should go on.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);
// valueOrEnvironment() as a whole number from minimum to maximum, or a
// message naming the option and the range.
keyward::Result<qint64, QString> integerInRange(const QCommandLineParser &parser,
                                                const QCommandLineOption &option,
                                                const char *environmentVariable, qint64 minimum,
                                                qint64 maximum);
keyward::Result<keyward::Runtime::Settings, QString>
runtimeSettings(const QCommandLineParser &parser);
// A JWT algorithm's name as --jwt-alg and `signing-key rotate --algorithm`
// take it, or a message naming the choices.
keyward::Result<keyward::JwtAlgorithm, QString> jwtAlgorithm(const QString &name);
// The option's value when given, else the environment variable, else the
// option's default.
QString valueOrEnvironment(const QCommandLineParser &parser, const QCommandLineOption &option,
                           const char *environmentVariable);

// One line on stderr: `what`, a secret given as an argument, can be read
// by other users; `instead` says where it belongs.
void warnSecretOnCommandLine(const QString &what, const QString &instead);

} // namespace CommonOptions
