#include "TestSupport.h"

#include "core/IdNumber.h"
#include "office/OfficeRepository.h"

#include <QInputMethodEvent>
#include <QLabel>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

namespace TestSupport {

std::unique_ptr<TempDatabase> makeDatabase(bool withOffice)
{
    auto t = std::make_unique<TempDatabase>();
    t->db = std::make_unique<Database>();
    t->db->setOperatorName(QStringLiteral("测试员"));
    const Result r = t->db->open(t->path());
    if (!r) {
        qWarning("cannot open test database: %s", qPrintable(r.message()));
        return t;
    }
    if (withOffice) {
        OfficeRepository office(*t->db);
        Office o;
        o.name = QStringLiteral("上街镇");
        o.divisionCode = QStringLiteral("350121101000");
        o.county = QStringLiteral("闽侯县");
        if (const Result saved = office.saveOffice(o); !saved)
            qWarning("cannot save office: %s", qPrintable(saved.message()));
        Village v1 {0, QStringLiteral("350121101001"), QStringLiteral("上街村")};
        Village v2 {0, QStringLiteral("350121101002"), QStringLiteral("下洋村")};
        office.addVillage(v1);
        office.addVillage(v2);
        t->village1 = v1.id;
        t->village2 = v2.id;
        BenefitStandard s {0, QDate(2020, 1, 1), Money::fromYuan(600), {}};
        office.addStandard(s);
    }
    return t;
}

QString idNumber(const QDate &birth, int sequence, const QString &region)
{
    const QString first17 = region + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

Household household(qint64 villageId, const QString &headName, const QDate &headBirth, int sequence, int children)
{
    Household h;
    h.villageId = villageId;
    h.status = Domain::HouseholdStatus::Active;
    h.startPeriod = Period(2021, 3);
    h.statusDate = QDate(2021, 2, 20);
    h.monthlyAmount = Money::fromYuan(300) * (1 + children);
    h.address = QStringLiteral("上街村12号");
    Person head;
    head.name = headName;
    head.idNumber = idNumber(headBirth, sequence);
    head.relation = Domain::Relation::Head;
    h.members.append(head);
    for (int i = 0; i < children; ++i) {
        Person c;
        c.name = headName.left(1) + QStringLiteral("小") + QString::number(i + 1);
        c.idNumber = idNumber(QDate(2010 + i, 5, 1), sequence + 2 * (i + 1));
        c.relation = i % 2 ? Domain::Relation::Daughter : Domain::Relation::Son;
        h.members.append(c);
    }
    return h;
}

QStringList labelsShowingAmpersands(QWidget *window)
{
    QStringList out;
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy() || label->textFormat() == Qt::RichText)
            continue;
        QString text = label->text();
        text.remove(QStringLiteral("&&"));
        if (text.contains(u'&') && !Qt::mightBeRichText(text))
            out << label->text();
    }
    return out;
}

void typeText(QWidget *widget, const QString &text)
{
    QString ascii;
    const auto flush = [&] {
        QTest::keyClicks(widget, ascii);
        ascii.clear();
    };
    for (QChar c : text) {
        if (c.unicode() < 128) {
            ascii += c;
            continue;
        }
        flush();
        QInputMethodEvent event;
        event.setCommitString(QString(c));
        QCoreApplication::sendEvent(widget, &event);
    }
    flush();
}

int runCli(const QStringList &args, QString *out, QString *err)
{
    QProcess p;
    p.setProgram(QStringLiteral(DIBAO_CLI_PATH));
    p.setArguments(args);
    p.start();
    if (!p.waitForFinished(240000)) {
        p.kill();
        return -1;
    }
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

int count(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace TestSupport
