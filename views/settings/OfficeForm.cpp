#include "settings/OfficeForm.h"

#include "shell/FieldMark.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

OfficeForm::OfficeForm(Section section, QWidget *parent)
    : QWidget(parent)
    , m_section(section)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (section == Section::Details) {
        setObjectName(QStringLiteral("officeDetailsForm"));
        addField(form, &Office::name, QStringLiteral("name"), tr("&Township:"), QStringLiteral("township"));
        addField(form, &Office::divisionCode, QStringLiteral("divisionCode"), tr("Division &code:"),
            QStringLiteral("divisionCode"));
        addField(form, &Office::county, QStringLiteral("county"), tr("C&ounty:"), QStringLiteral("county"));
        addField(form, &Office::address, QStringLiteral("address"), tr("Addres&s:"), QStringLiteral("address"));
        QLineEdit *code = m_fields.at(1).edit;
        code->setPlaceholderText(tr("12 digits, e.g. 350121100000"));
        code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}")), code));
        m_fields.at(0).edit->setPlaceholderText(tr("e.g. Shangjie Town"));
        m_fields.at(3).edit->setPlaceholderText(tr("The office's postal address"));
    } else {
        setObjectName(QStringLiteral("officeContactsForm"));
        addField(
            form, &Office::hotline, QStringLiteral("hotline"), tr("Complaint &hotline:"), QStringLiteral("hotline"));
        addField(form, &Office::disclosureUrl, QStringLiteral("disclosureUrl"), tr("&Disclosure web address:"),
            QStringLiteral("disclosureUrl"));
        addField(form, &Office::unitHead, QStringLiteral("unitHead"), tr("&Unit head:"), QStringLiteral("unitHead"));
        addField(form, &Office::reviewer, QStringLiteral("reviewer"), tr("&Reviewer:"), QStringLiteral("reviewer"));
        addField(form, &Office::preparer, QStringLiteral("preparer"), tr("&Preparer:"), QStringLiteral("preparer"));
        addField(form, &Office::phone, QStringLiteral("phone"), tr("&Contact phone:"), QStringLiteral("phone"));
        m_fields.at(0).edit->setPlaceholderText(tr("The public's number for complaints and tips, e.g. 0591-22861200"));
        m_fields.at(1).edit->setPlaceholderText(
            tr("Where the office discloses dibao, e.g. https://www.example.gov.cn/xxgk"));
        m_fields.at(2).edit->setPlaceholderText(tr("Signs the tables (单位负责人)"));
        m_fields.at(3).edit->setPlaceholderText(tr("Checks the tables (审核人)"));
        m_fields.at(4).edit->setPlaceholderText(tr("Fills in the tables (填表人)"));
        m_fields.at(5).edit->setPlaceholderText(tr("Printed under every table, e.g. 0591-22861234"));
    }
}

void OfficeForm::addField(
    QFormLayout *form, QString Office::*member, const QString &key, const QString &label, const QString &objectName)
{
    Field f;
    f.member = member;
    f.key = key;
    f.edit = new QLineEdit(this);
    f.edit->setObjectName(objectName + QStringLiteral("LineEdit"));
    f.problem = FieldMark::addRow(form, label, f.edit, objectName + QStringLiteral("ProblemLabel"));
    const qsizetype index = m_fields.size();
    connect(f.edit, &QLineEdit::textEdited, this, [this, index] {
        m_fields[index].touched = true;
        emit edited();
    });
    m_fields.append(f);
}

void OfficeForm::load(const Office &office)
{
    for (Field &f : m_fields) {
        f.loaded = office.*f.member;
        f.edit->setText(f.loaded);
        f.touched = false;
        FieldMark::show(f.edit, f.problem, QString());
    }
}

void OfficeForm::apply(Office *office) const
{
    for (const Field &f : m_fields)
        office->*f.member = f.edit->text();
}

int OfficeForm::showProblems(const QList<Result> &problems, bool all)
{
    int shown = 0;
    for (Field &f : m_fields) {
        f.touched = f.touched || all;
        QString text;
        for (const Result &p : problems) {
            if (p.field() == f.key)
                text = p.message();
        }
        if (!f.touched)
            text.clear();
        shown += text.isEmpty() ? 0 : 1;
        FieldMark::show(f.edit, f.problem, text);
    }
    return shown;
}

bool OfficeForm::isModified() const
{
    for (const Field &f : m_fields) {
        if (f.edit->text() != f.loaded)
            return true;
    }
    return false;
}
