#pragma once

#include "core/Result.h"

#include <optional>
#include <utility>

// A read that can fail: the value, or the Result saying why it could not be read (rejected: the record does not
// exist; failed: the database could not be read). A database error never reads as "no rows". The caller must look
// at it ([[nodiscard]]); value() of a failed outcome is a programming error (asserted).
template<typename T> class [[nodiscard]] Outcome
{
public:
    Outcome(T value)
        : m_value(std::move(value))
    { }
    Outcome(Result failure)
        : m_result(std::move(failure))
    {
        Q_ASSERT(!m_result.isOk());
    }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    // Success, or why not: to hand on to a MessageBar, a CLI exit code or a caller's Result.
    const Result &result() const { return m_result; }

    const T &value() const &
    {
        Q_ASSERT(isOk());
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT(isOk());
        return *m_value;
    }
    // From a temporary, the value itself (not a reference into the dying outcome: `for (x : repo.list().value())`).
    T value() &&
    {
        Q_ASSERT(isOk());
        return std::move(*m_value);
    }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T valueOr(T fallback) const { return isOk() ? *m_value : std::move(fallback); }

private:
    std::optional<T> m_value;
    Result m_result;
};
