#pragma once

#include "core/Result.h"
#include "ledgers/LedgerTypes.h"

#include <QWidget>

class Database;
class QPushButton;
class QTableWidget;

// The evidence files (佐证材料) of one answer, rectification or complaint: a list with name, size,
// SHA-256 and date; add (file dialog through FileDialogs, so tests can answer it), open (a checked copy
// in a temporary folder, shown with the system viewer) and remove. Read-only when the owner is.
class EvidenceWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EvidenceWidget(Database &db, QWidget *parent = nullptr);

    // An owner id of 0 (a record not saved yet) disables adding until setOwner is called again.
    void setOwner(Evidence::Owner owner, qint64 ownerId);
    void setReadOnly(bool readOnly);
    int count() const;

public Q_SLOTS:
    void addFile(); // asks for a file
    void reload();

Q_SIGNALS:
    void changed();
    // A refusal or failure (the files that could not be listed, too), in the clerk's words, for the dialog's message
    // bar.
    void problem(const Result &result);

private:
    Database &m_db;
    Evidence::Owner m_owner = Evidence::Owner::Answer;
    qint64 m_ownerId = 0;
    bool m_readOnly = false;
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_openButton;
    QPushButton *m_removeButton;
};
