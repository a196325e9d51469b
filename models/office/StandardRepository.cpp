#include "office/StandardRepository.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Domain;

namespace {

BenefitStandard standardFrom(const QSqlQuery &q)
{
    return BenefitStandard {q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
        Money::fromFen(q.value(2).toLongLong()), q.value(3).toString()};
}

QJsonObject supplementJson(const CategorySupplement &s)
{
    QJsonObject j;
    j[QStringLiteral("category")] = key(s.category);
    j[QStringLiteral("effective_month")] = s.from.toString();
    if (s.sharePermille)
        j[QStringLiteral("share_permille")] = *s.sharePermille;
    else
        j[QStringLiteral("amount_fen")] = s.amount.fen();
    j[QStringLiteral("note")] = s.note;
    return j;
}

} // namespace

StandardRepository::StandardRepository(Database &db)
    : m_db(db)
{ }

Outcome<QList<BenefitStandard>> StandardRepository::standards() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, effective_date, monthly_fen_per_person, note FROM benefit_standard "
                               "ORDER BY effective_date")))
        return m_db.readFailure(q.lastError());
    QList<BenefitStandard> out;
    while (q.next())
        out.append(standardFrom(q));
    return out;
}

Outcome<std::optional<BenefitStandard>> StandardRepository::standardAt(const QDate &date) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT id, effective_date, monthly_fen_per_person, note FROM benefit_standard "
                                  "WHERE effective_date <= ? ORDER BY effective_date DESC LIMIT 1")))
        return m_db.readFailure(q.lastError());
    q.addBindValue(date.toString(Qt::ISODate));
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    if (q.next())
        return std::optional<BenefitStandard>(standardFrom(q));
    return std::optional<BenefitStandard>();
}

QList<Result> StandardRepository::validate(const BenefitStandard &standard) const
{
    QList<Result> out;
    if (!standard.effectiveDate.isValid()) {
        out << Result::rejected(tr("From: enter the month from which the standard applies."), QStringLiteral("from"));
    } else {
        // Standards of databases from before version 7 may start on another day than the first: one per month.
        const Period month = Period::fromDate(standard.effectiveDate);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT monthly_fen_per_person FROM benefit_standard "
                                 "WHERE effective_date BETWEEN ? AND ? LIMIT 1"));
        q.addBindValue(month.firstDay().toString(Qt::ISODate));
        q.addBindValue(month.lastDay().toString(Qt::ISODate));
        if (!q.exec())
            out << m_db.readFailure(q.lastError()); // whether the month has a standard already: not known
        else if (q.next())
            out << Result::rejected(
                tr("From: there is already a standard from %1 (%2 yuan per person per month). "
                   "Standards are kept as a history; to change it, add one from a later month.")
                    .arg(month.toString(), Money::fromFen(q.value(0).toLongLong()).toDisplayString()),
                QStringLiteral("from"));
    }
    if (standard.monthlyPerPerson.fen() <= 0)
        out << Result::rejected(tr("Standard: it must be more than 0 yuan per person per month (it is %1).")
                                    .arg(standard.monthlyPerPerson.toPlainString()),
            QStringLiteral("amount"));
    else if (standard.monthlyPerPerson.fen() > MaximumFen)
        out << Result::rejected(tr("Standard: %1 yuan per person per month is not a monthly standard; enter the "
                                   "amount per person and month, e.g. 765.50.")
                                    .arg(standard.monthlyPerPerson.toDisplayString()),
            QStringLiteral("amount"));
    return out;
}

Result StandardRepository::addStandard(BenefitStandard &standard)
{
    if (standard.effectiveDate.isValid())
        standard.effectiveDate = Period::fromDate(standard.effectiveDate).firstDay();
    if (const QList<Result> problems = validate(standard); !problems.isEmpty())
        return problems.first();
    standard.note = standard.note.simplified();
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO benefit_standard (effective_date, monthly_fen_per_person, note) VALUES (?,?,?)"));
    q.addBindValue(standard.effectiveDate.toString(Qt::ISODate));
    q.addBindValue(standard.monthlyPerPerson.fen());
    q.addBindValue(standard.note);
    if (!m_db.exec(q, &error))
        return error;
    standard.id = q.lastInsertId().toLongLong();
    QJsonObject n;
    n[QStringLiteral("effective_date")] = standard.effectiveDate.toString(Qt::ISODate);
    n[QStringLiteral("monthly_fen_per_person")] = standard.monthlyPerPerson.fen();
    if (!standard.note.isEmpty())
        n[QStringLiteral("note")] = standard.note;
    if (!AuditLog(m_db).append(QStringLiteral("create"), QStringLiteral("standard"), standard.id, 0, {}, n, &error))
        return error;
    if (!t.commit(&error))
        return error;
    return Result::success();
}

Outcome<QList<CategorySupplement>> StandardRepository::supplements() const
{
    QList<CategorySupplement> out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, category, effective_month, amount_fen, share_permille, note "
                               "FROM category_supplement ORDER BY category, effective_month")))
        return m_db.readFailure(q.lastError());
    while (q.next()) {
        CategorySupplement s;
        s.id = q.value(0).toLongLong();
        if (!fromText(q.value(1).toString(), &s.category))
            continue; // a class this program does not know gets no top-up
        s.from = Period::parse(q.value(2).toString());
        if (q.value(4).isNull())
            s.amount = Money::fromFen(q.value(3).toLongLong());
        else
            s.sharePermille = q.value(4).toInt();
        s.note = q.value(5).toString();
        out.append(s);
    }
    return out;
}

QList<Result> StandardRepository::validate(const CategorySupplement &s)
{
    QList<Result> out;
    if (s.category == Category::Ordinary)
        out << Result::rejected(tr("Category: top-ups are set for categories A, B and C; ordinary households have "
                                   "the standard alone."),
            QStringLiteral("category"));
    if (!s.from.isValid())
        out << Result::rejected(tr("From: enter the month from which the top-up applies."), QStringLiteral("from"));
    if (s.sharePermille) {
        if (*s.sharePermille < 0 || *s.sharePermille > 1000)
            out << Result::rejected(tr("Share: a top-up is from 0 to 100 percent of the standard (it is %1 %).")
                                        .arg(double(*s.sharePermille) / 10.0),
                QStringLiteral("share"));
    } else if (s.amount.isNegative()) {
        out << Result::rejected(tr("Amount: a top-up cannot be below 0 yuan (it is %1).").arg(s.amount.toPlainString()),
            QStringLiteral("amount"));
    } else if (s.amount.fen() > MaximumFen) {
        out << Result::rejected(
            tr("Amount: %1 yuan per person per month is not a monthly top-up.").arg(s.amount.toDisplayString()),
            QStringLiteral("amount"));
    }
    return out;
}

Result StandardRepository::setSupplement(CategorySupplement &supplement)
{
    if (const QList<Result> problems = validate(supplement); !problems.isEmpty())
        return problems.first();
    supplement.note = supplement.note.simplified();
    const Outcome<QList<CategorySupplement>> all = supplements();
    if (!all)
        return all.result();
    std::optional<CategorySupplement> before;
    for (const CategorySupplement &s : *all) {
        if (s.category == supplement.category && s.from == supplement.from)
            before = s;
    }
    QJsonObject oldValue, newValue;
    if (before) {
        AuditLog::diff(supplementJson(*before), supplementJson(supplement), &oldValue, &newValue);
        if (oldValue.isEmpty() && newValue.isEmpty()) {
            supplement.id = before->id;
            return Result::success(); // the same top-up again: nothing to write
        }
    } else {
        newValue = supplementJson(supplement);
    }
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    if (before) {
        q.prepare(
            QStringLiteral("UPDATE category_supplement SET amount_fen = ?, share_permille = ?, note = ? WHERE id = ?"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO category_supplement (amount_fen, share_permille, note, category, "
                                 "effective_month) VALUES (?,?,?,?,?)"));
    }
    q.addBindValue(supplement.sharePermille ? QVariant() : QVariant(supplement.amount.fen()));
    q.addBindValue(supplement.sharePermille ? QVariant(*supplement.sharePermille) : QVariant());
    q.addBindValue(supplement.note);
    if (before) {
        q.addBindValue(before->id);
    } else {
        q.addBindValue(key(supplement.category));
        q.addBindValue(supplement.from.toString());
    }
    if (!m_db.exec(q, &error))
        return error;
    supplement.id = before ? before->id : q.lastInsertId().toLongLong();
    if (!AuditLog(m_db).append(before ? QStringLiteral("update") : QStringLiteral("create"),
            QStringLiteral("category_supplement"), supplement.id, 0, oldValue, newValue, &error))
        return error;
    if (!t.commit(&error))
        return error;
    return Result::success();
}
