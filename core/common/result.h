#pragma once
// Errors as values: a Status (ok, or a code and a message) and a Result<T> that holds either
// a value or a Status. Exceptions may be used inside a unit of work; they are turned into a
// Status at its edge.
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

namespace mizan {

enum class ErrorCode {
    Ok = 0,
    InvalidArgument,
    NotFound,
    IoError,
    ParseError,
    Unsupported,
    Cancelled,
    Internal,
};

class Status {
public:
    Status() = default;
    Status(ErrorCode code, std::string message) : m_code(code), m_message(std::move(message)) {}
    static Status ok() { return {}; }

    bool isOk() const { return m_code == ErrorCode::Ok; }
    explicit operator bool() const { return isOk(); }
    ErrorCode code() const { return m_code; }
    const std::string &message() const { return m_message; }

private:
    ErrorCode m_code = ErrorCode::Ok;
    std::string m_message;
};

// Holds a T or an error Status. value() on an error throws std::logic_error: check ok() first.
template <typename T>
class Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Status status) : m_status(std::move(status)) {
        if (m_status.isOk())
            m_status = Status(ErrorCode::Internal, "Result constructed from an ok Status without a value");
    }
    Result(ErrorCode code, std::string message) : m_status(code, std::move(message)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const Status &status() const { return m_status; }
    const std::string &error() const { return m_status.message(); }

    T &value() & { check(); return *m_value; }
    const T &value() const & { check(); return *m_value; }
    T &&value() && { check(); return std::move(*m_value); }
    T &operator*() & { check(); return *m_value; }
    const T &operator*() const & { check(); return *m_value; }
    T *operator->() { check(); return &*m_value; }
    const T *operator->() const { check(); return &*m_value; }

private:
    void check() const {
        if (!m_value)
            throw std::logic_error("Result has no value: " + m_status.message());
    }
    std::optional<T> m_value;
    Status m_status;
};

} // namespace mizan
