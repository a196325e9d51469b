#include "ledgers/LedgerDefaults.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Domain;

namespace {

QJsonObject readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

Result LedgerDefaults::templateFromJson(const QJsonObject &json, ChecklistTemplate *out)
{
    ChecklistTemplate t;
    t.code = json.value(QStringLiteral("code")).toString().trimmed();
    t.version = qMax(1, json.value(QStringLiteral("version")).toInt(1));
    t.name = json.value(QStringLiteral("name")).toString().trimmed();
    t.nameEn = json.value(QStringLiteral("name_en")).toString().trimmed();
    if (t.code.isEmpty())
        return Result::rejected(tr("The checklist has no code."), QStringLiteral("code"));
    if (t.name.isEmpty())
        return Result::rejected(tr("The checklist has no name."), QStringLiteral("name"));
    const QJsonArray items = json.value(QStringLiteral("items")).toArray();
    if (items.isEmpty())
        return Result::rejected(tr("The checklist has no items."), QStringLiteral("items"));
    QStringList codes;
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        ChecklistItem item;
        item.position = i + 1;
        item.code = o.value(QStringLiteral("code")).toString().trimmed();
        item.text = o.value(QStringLiteral("text")).toString().trimmed();
        item.textEn = o.value(QStringLiteral("text_en")).toString().trimmed();
        item.dataCheck = o.value(QStringLiteral("data_check")).toString().trimmed();
        const QString where = tr("Checklist item %1 (%2)").arg(i + 1).arg(item.code);
        if (item.code.isEmpty() || codes.contains(item.code))
            return Result::rejected(tr("%1: the code is missing or used twice.").arg(where), QStringLiteral("code"));
        codes << item.code;
        if (item.text.isEmpty())
            return Result::rejected(tr("%1: the wording is missing.").arg(where), QStringLiteral("text"));
        if (!fromText(o.value(QStringLiteral("link")).toString(), &item.link))
            return Result::rejected(
                tr("%1: \"%2\" is not one of the seven links.").arg(where, o.value(QStringLiteral("link")).toString()),
                QStringLiteral("link"));
        for (const auto &v : o.value(QStringLiteral("problem_types")).toArray()) {
            ProblemType type;
            if (!fromText(v.toString(), &type))
                return Result::rejected(tr("%1: \"%2\" is not one of the five problem types.").arg(where, v.toString()),
                    QStringLiteral("problem_types"));
            if (!item.problemTypes.contains(type))
                item.problemTypes << type;
        }
        t.items << item;
    }
    *out = t;
    return Result::success();
}

QJsonObject LedgerDefaults::templateToJson(const ChecklistTemplate &checklist)
{
    QJsonArray items;
    for (const ChecklistItem &item : checklist.items) {
        QJsonArray types;
        for (ProblemType type : item.problemTypes)
            types << key(type);
        items << QJsonObject {{QStringLiteral("code"), item.code}, {QStringLiteral("link"), key(item.link)},
            {QStringLiteral("problem_types"), types}, {QStringLiteral("text"), item.text},
            {QStringLiteral("text_en"), item.textEn}, {QStringLiteral("data_check"), item.dataCheck}};
    }
    return {{QStringLiteral("code"), checklist.code}, {QStringLiteral("version"), checklist.version},
        {QStringLiteral("name"), checklist.name}, {QStringLiteral("name_en"), checklist.nameEn},
        {QStringLiteral("items"), items}};
}

ChecklistTemplate LedgerDefaults::defaultTemplate()
{
    ChecklistTemplate t;
    templateFromJson(readResource(QStringLiteral(":/checklists/default.json")), &t);
    return t;
}

QList<CalendarItem> LedgerDefaults::defaultCalendar()
{
    QList<CalendarItem> out;
    const QJsonArray items
        = readResource(QStringLiteral(":/calendar/default.json")).value(QStringLiteral("items")).toArray();
    for (const auto &v : items) {
        const QJsonObject o = v.toObject();
        CalendarItem c;
        c.code = o.value(QStringLiteral("code")).toString();
        c.title = o.value(QStringLiteral("title")).toString();
        c.titleEn = o.value(QStringLiteral("title_en")).toString();
        c.monthly = o.value(QStringLiteral("monthly")).toBool();
        c.month = o.value(QStringLiteral("month")).toInt();
        c.day = o.value(QStringLiteral("day")).toInt(1);
        c.note = o.value(QStringLiteral("note")).toString();
        out << c;
    }
    return out;
}

Result LedgerDefaults::install(const QSqlDatabase &db, const QDateTime &now)
{
    const ChecklistTemplate checklist = defaultTemplate();
    const QList<CalendarItem> calendar = defaultCalendar();
    if (checklist.items.isEmpty() || calendar.isEmpty())
        return Result::failed(tr("The program's checklist or calendar resource is missing or damaged."));
    QSqlQuery q(db);
    const auto fail = [&q] { return Result::failed(q.lastError().text()); };
    q.prepare(QStringLiteral("INSERT INTO checklist_template (code, version, name, name_en, created_at) "
                             "VALUES (?,?,?,?,?)"));
    q.addBindValue(checklist.code);
    q.addBindValue(checklist.version);
    q.addBindValue(checklist.name);
    q.addBindValue(checklist.nameEn);
    q.addBindValue(now.toString(Qt::ISODateWithMs));
    if (!q.exec())
        return fail();
    const qint64 templateId = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO checklist_item (template_id, position, code, link, problem_types, text, "
                             "text_en, data_check) VALUES (?,?,?,?,?,?,?,?)"));
    for (const ChecklistItem &item : checklist.items) {
        QStringList types;
        for (ProblemType type : item.problemTypes)
            types << key(type);
        q.addBindValue(templateId);
        q.addBindValue(item.position);
        q.addBindValue(item.code);
        q.addBindValue(key(item.link));
        q.addBindValue(types.join(u','));
        q.addBindValue(item.text);
        q.addBindValue(item.textEn);
        q.addBindValue(item.dataCheck);
        if (!q.exec())
            return fail();
    }
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('calendar_since', ?)"));
    q.addBindValue(now.date().toString(Qt::ISODate));
    if (!q.exec())
        return fail();
    q.prepare(QStringLiteral("INSERT INTO calendar_item (code, title, title_en, monthly, month, day, note) "
                             "VALUES (?,?,?,?,?,?,?)"));
    for (const CalendarItem &c : calendar) {
        q.addBindValue(c.code);
        q.addBindValue(c.title);
        q.addBindValue(c.titleEn);
        q.addBindValue(c.monthly ? 1 : 0);
        q.addBindValue(c.month);
        q.addBindValue(c.day);
        q.addBindValue(c.note);
        if (!q.exec())
            return fail();
    }
    return Result::success();
}
