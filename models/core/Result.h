#pragma once

#include <QString>

// The outcome of an operation on the database: success, input rejected (nothing was written), or
// another failure. Messages are already translated and in the clerk's words.
class Result
{
public:
    enum class Kind { Ok, Rejected, Failed };

    Result() = default;
    static Result success() { return {}; }
    static Result rejected(const QString &message, const QString &field = {})
    {
        return Result(Kind::Rejected, message, field);
    }
    static Result failed(const QString &message) { return Result(Kind::Failed, message, {}); }

    bool isOk() const { return m_kind == Kind::Ok; }
    explicit operator bool() const { return isOk(); }
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    // The field (or "member N: field") the message is about, for inline display.
    QString field() const { return m_field; }

private:
    Result(Kind kind, const QString &message, const QString &field)
        : m_kind(kind)
        , m_message(message)
        , m_field(field)
    { }
    Kind m_kind = Kind::Ok;
    QString m_message;
    QString m_field;
};
