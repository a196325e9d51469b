#include "ledgers/LedgerTypes.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

// The UI speaks Chinese unless English was chosen; data carries both wordings.
bool englishUi()
{
    return QLocale().language() == QLocale::English;
}

} // namespace

QString ChecklistItem::displayText() const
{
    return englishUi() && !textEn.isEmpty() ? textEn : text;
}

QString ChecklistTemplate::displayName() const
{
    const QString base = englishUi() && !nameEn.isEmpty() ? nameEn : name;
    return QCoreApplication::translate("ChecklistTemplate", "%1 (version %2)").arg(base).arg(version);
}

bool Rectification::isOverdue(const QDate &today) const
{
    return deadline.isValid() && today > deadline
        && (status == Domain::RectificationStatus::Open || status == Domain::RectificationStatus::InProgress);
}

bool Complaint::handlerNamedIn() const
{
    const QString name = handler.trimmed();
    return !name.isEmpty() && (subjectText.contains(name) || summary.contains(name));
}

QString Complaint::maskedReporter() const
{
    if (anonymous || reporterName.trimmed().isEmpty())
        return QCoreApplication::translate("Complaint", "Anonymous");
    const QString name = reporterName.trimmed();
    return name.left(1) + QString(qMax(1, int(name.size()) - 1), u'*');
}

QString CalendarItem::displayTitle() const
{
    return englishUi() && !titleEn.isEmpty() ? titleEn : title;
}

QList<QDate> CalendarItem::dueDatesIn(int year) const
{
    QList<QDate> out;
    const auto clamped = [this, year](int m) {
        const QDate first(year, m, 1);
        return QDate(year, m, qMin(day, first.daysInMonth()));
    };
    if (monthly) {
        for (int m = 1; m <= 12; ++m)
            out << clamped(m);
    } else if (month >= 1 && month <= 12) {
        out << clamped(month);
    }
    return out;
}
