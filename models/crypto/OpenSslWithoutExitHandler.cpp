// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Compiled into every executable that links keyward_models (an INTERFACE
// source, see CMakeLists.txt), so it runs before main().
//
// OpenSSL frees its per-thread state (error queue, random generators) from a
// thread-exit destructor, and everything else from an exit handler that also
// deletes that destructor. Qt's threads are detached and QThread::wait()
// returns before their thread-exit destructors run, so a server stopping its
// loops and returning from main() races OpenSSL's exit handler: the state of
// a thread that ends a moment too late is lost (LeakSanitizer caught it under
// load). OpenSSL documents OPENSSL_INIT_NO_ATEXIT for this; the operating
// system reclaims what is left at exit.
#include <openssl/crypto.h>

namespace {

const bool initialized = OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;

} // namespace
