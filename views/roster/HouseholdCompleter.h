#pragma once

#include <QObject>
#include <QString>

class Database;
class QCompleter;
class QLineEdit;
class QModelIndex;
class QStandardItemModel;
class QTimer;

// Offers the roster's households under a line edit while the clerk types a name or an ID number (head, village and
// masked ID number), searched after a pause in the typing; picking one says which household it is.
class HouseholdCompleter : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxMatches = 12;

    HouseholdCompleter(Database &db, QLineEdit *edit);

    // The text of the household picked last: typing it again searches nothing.
    void setPickedText(const QString &text) { m_pickedText = text; }

signals:
    void picked(qint64 householdId, const QString &headName, const QString &villageName);

private:
    void search();
    void activated(const QModelIndex &index);

    Database &m_db;
    QLineEdit *m_edit;
    QStandardItemModel *m_matches;
    QCompleter *m_completer;
    QTimer *m_timer;
    QString m_pickedText;
};
