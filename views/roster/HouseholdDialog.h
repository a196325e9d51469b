#pragma once

#include "core/Result.h"
#include "roster/RosterTypes.h"

#include <QDialog>

class Database;
class MemberModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class MoneySpinBox;
class QSpinBox;
class QFormLayout;
class MessageBar;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class Result;
struct HouseholdEdit;

// Creates or edits a household and its members. Checks everything on every change with the
// repository's own rules, so the clerk sees each problem before pressing OK; a save that still
// fails keeps the dialog open with everything typed.
class HouseholdDialog : public QDialog
{
    Q_OBJECT

public:
    // householdId 0 creates a new household.
    HouseholdDialog(Database &db, qint64 householdId, QWidget *parent = nullptr);

    bool isCreating() const { return m_original.id == 0; }
    qint64 householdId() const { return m_original.id; }
    // The household as the fields describe it.
    Household household() const;
    QStringList problems() const { return m_problems; }
    MemberModel *memberModel() const { return m_memberModel; }
    void setVillage(qint64 villageId);

public Q_SLOTS:
    void accept() override;
    void reject() override;
    void addMember();
    void removeMember();
    // Opens 调整金额和人数 for an existing household (its figures change only there, with a reason).
    void adjustFigures();

Q_SIGNALS:
    void saved(qint64 householdId);

private:
    void buildUi();
    void load(const Household &household);
    void markChanged();
    void revalidate();
    void updateCountLimits();
    void showProblems(const QList<Result> &problems);
    void updateStartPeriodState();
    // Before saving an existing household: what its figures become, asked and confirmed; false to stay.
    bool confirmFigures(HouseholdEdit *edit);

    Database &m_db;
    Household m_original;
    QList<Person> m_formerMembers; // kept as they are: history is not edited
    MemberModel *m_memberModel;
    QComboBox *m_villageCombo = nullptr;
    QComboBox *m_categoryCombo = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QDateEdit *m_startPeriodEdit = nullptr;
    MoneySpinBox *m_amountSpin = nullptr;
    QSpinBox *m_memberCountSpin = nullptr; // 家庭人口
    QSpinBox *m_coveredCountSpin = nullptr; // 保障人口
    QLineEdit *m_addressEdit = nullptr;
    QLineEdit *m_phoneEdit = nullptr;
    QLineEdit *m_bankAccountEdit = nullptr;
    QCheckBox *m_registeredPoorCheck = nullptr;
    QDateEdit *m_reviewDateEdit = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QLineEdit *m_reasonEdit = nullptr;
    QDateEdit *m_changeDateEdit = nullptr; // when members joined or left
    QPushButton *m_figuresButton = nullptr;
    QFormLayout *m_reasonForm = nullptr;
    QTableView *m_memberView = nullptr;
    QPushButton *m_addMemberButton = nullptr;
    QPushButton *m_removeMemberButton = nullptr;
    MessageBar *m_messageBar = nullptr; // what keeps the form from being saved
    QDialogButtonBox *m_buttons = nullptr;
    QStringList m_problems;
    bool m_onlyReadFailures = false; // the problems are checks that could not read the roster
    Result m_readProblem; // the village list or the household could not be read: nothing can be saved
    bool m_loading = false;
    bool m_modified = false;
};
