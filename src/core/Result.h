#pragma once

// Results cross layer boundaries as values, never as exceptions. An error carries a
// user-facing message that names the field or JSON path at fault.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace somdesk {

enum class ErrorCode {
    Invalid,          // bad input: the message names the field or JSON path
    NotFound,         // no such record (or not visible to this user)
    PermissionDenied, // the signed-in user may not do this
    Conflict,         // duplicate reference, stale state
    Authentication,   // wrong user name or password, account locked or disabled
    Storage,          // the database refused or failed (I/O, busy, corrupt)
    Internal,
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;

    static Error invalid(QString m) { return {ErrorCode::Invalid, std::move(m)}; }
    static Error notFound(QString m) { return {ErrorCode::NotFound, std::move(m)}; }
    static Error denied(QString m) { return {ErrorCode::PermissionDenied, std::move(m)}; }
    static Error conflict(QString m) { return {ErrorCode::Conflict, std::move(m)}; }
    static Error auth(QString m) { return {ErrorCode::Authentication, std::move(m)}; }
    static Error storage(QString m) { return {ErrorCode::Storage, std::move(m)}; }
    static Error internal(QString m) { return {ErrorCode::Internal, std::move(m)}; }
};

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}     // NOLINT(google-explicit-constructor)
    Result(Error error) : m_value(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_value); }
    T& value() & { return std::get<T>(m_value); }
    T&& value() && { return std::get<T>(std::move(m_value)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const Error& error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

// For operations that return nothing but may fail.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace somdesk
