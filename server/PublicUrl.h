// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpRequest.h"

#include <QString>

#include <optional>

namespace keyward {

// The URL clients reach this server at, for documents that name endpoints
// (the OAuth metadata, openapi.json's servers): the configured issuer when
// it is an http(s) URL, else http:// and the request's Host. Without a
// trailing slash; nullopt when the Host is not a host[:port].
namespace PublicUrl {

std::optional<QString> base(const HttpRequest &request, const QString &issuer);

} // namespace PublicUrl

} // namespace keyward
