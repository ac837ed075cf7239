// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <type_traits>
#include <utility>
#include <variant>

namespace keyward {

// The value of a Result that carries no value, only success.
struct Ok {};

// Either a value or an error: the return type of every operation that can fail,
// so callers branch on outcomes instead of catching exceptions across layers.
template <typename T, typename E> class Result {
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Result(E error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const E &error() const { return std::get<1>(m_state); }

    // The value transformed by f, or the same error.
    template <typename F>
    auto map(F &&f) const & -> Result<std::decay_t<decltype(f(std::declval<const T &>()))>, E>
    {
        if (ok())
            return f(value());
        return error();
    }

    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

private:
    std::variant<T, E> m_state;
};

} // namespace keyward
