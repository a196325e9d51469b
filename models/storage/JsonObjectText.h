#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

// A compact JSON object written as QJsonDocument(object).toJson(QJsonDocument::Compact) writes it, so that the
// audit records of a bulk write read like those of single writes (tst_roster_repository compares them). Fields
// must be given in QJsonObject's order (keys sorted); the extra fields (the audit context) are merged in.
class JsonObjectText
{
public:
    using Fields = QList<std::pair<QString, QByteArray>>; // name, JSON text

    explicit JsonObjectText(QByteArray &out, const Fields &extra = noFields())
        : m_out(out)
        , m_extra(extra)
    {
        m_out += '{';
    }
    ~JsonObjectText()
    {
        while (m_nextExtra < m_extra.size())
            writeExtra();
        m_out += '}';
    }
    JsonObjectText(const JsonObjectText &) = delete;
    JsonObjectText &operator=(const JsonObjectText &) = delete;

    void string(QLatin1StringView name, const QString &value)
    {
        if (key(name))
            appendString(m_out, value);
    }
    // An enumeration's key: plain ASCII that needs no escapes.
    void keyword(QLatin1StringView name, const QByteArray &value)
    {
        if (key(name)) {
            m_out += '"';
            m_out += value;
            m_out += '"';
        }
    }
    void integer(QLatin1StringView name, qint64 value)
    {
        if (key(name))
            m_out += QByteArray::number(value);
    }
    void boolean(QLatin1StringView name, bool value)
    {
        if (key(name))
            m_out += value ? "true" : "false";
    }
    // Writes the key; false when an extra field of that name replaces the value.
    bool key(QLatin1StringView name)
    {
        while (m_nextExtra < m_extra.size() && m_extra[m_nextExtra].first < name)
            writeExtra();
        if (m_nextExtra < m_extra.size() && m_extra[m_nextExtra].first == name) {
            writeExtra();
            return false;
        }
        separate();
        m_out += '"'; // the names are plain ASCII
        m_out += QByteArrayView(name.data(), name.size());
        m_out += "\":";
        return true;
    }

    // Qt's escapes: \" \\ \b \f \n \r \t, \u00XX for other controls, UTF-8 for the rest, \uXXXX for a lone
    // surrogate.
    static void appendString(QByteArray &out, QStringView s);

private:
    static const Fields &noFields()
    {
        static const Fields none;
        return none;
    }
    void separate()
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
    }
    void writeExtra()
    {
        const auto &[name, value] = m_extra[m_nextExtra++];
        separate();
        appendString(m_out, name);
        m_out += ':';
        m_out += value;
    }

    QByteArray &m_out;
    const Fields &m_extra;
    qsizetype m_nextExtra = 0;
    bool m_first = true;
};
