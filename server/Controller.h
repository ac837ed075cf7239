// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace keyward {

class Router;

// One API area: registers its routes; each route's handler turns an
// HttpRequest into an HttpResponse by calling domain services.
class Controller {
public:
    virtual ~Controller() = default;
    virtual void addRoutes(Router &router) = 0;
};

} // namespace keyward
