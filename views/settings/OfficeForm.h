#pragma once

#include "core/Result.h"
#include "roster/RosterTypes.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

// The office's own fields, one section of them: its details (township, division code, county, address) or its
// contacts and signatories (hotline, disclosure web address, unit head, reviewer, preparer, contact phone). Shared
// by the settings dialog's tabs and the first start's pages. Problems show beside the fields; the rules are
// OfficeRepository::problems().
class OfficeForm : public QWidget
{
    Q_OBJECT

public:
    enum class Section { Details, Contacts };

    explicit OfficeForm(Section section, QWidget *parent = nullptr);

    Section section() const { return m_section; }
    // Fills the fields; nothing counts as edited yet.
    void load(const Office &office);
    // Writes this section's fields into an office.
    void apply(Office *office) const;
    // Shows the problems of this section's fields beside them: of the fields edited so far, or of all (after an
    // attempt to save). Returns how many it showed.
    int showProblems(const QList<Result> &problems, bool all = false);
    bool isModified() const;

Q_SIGNALS:
    void edited();

private:
    struct Field
    {
        QString Office::*member;
        QString key; // the field of OfficeRepository::problems()
        QLineEdit *edit = nullptr;
        QLabel *problem = nullptr;
        QString loaded;
        bool touched = false;
    };
    void addField(QFormLayout *form, QString Office::*member, const QString &key, const QString &label,
        const QString &objectName);

    Section m_section;
    QList<Field> m_fields;
};
