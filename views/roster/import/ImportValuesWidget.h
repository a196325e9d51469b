#pragma once

#include "exchange/roster/ValueMappings.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

// The words of an import the program could not place (与户主关系 "干亲", 残疾情况 "侏儒"), each with the kind
// the clerk reads it as: applied to the preview, and saved in an import profile for the next file.
class ImportValuesWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ImportValuesWidget(QWidget *parent = nullptr);

    // The words of a preview: imported as 其他, or placed by a mapping (shown with that reading).
    void setWords(const QList<ValueWord> &words);
    bool isEmpty() const { return m_words.isEmpty(); }
    // The readings in the table: every word given a kind other than 其他, and every word mapped before.
    ValueMappings mappings() const;
    QString profileName() const;
    void setProfileName(const QString &name);
    void setMessage(const QString &message);

Q_SIGNALS:
    void applyRequested();
    void saveRequested(const QString &profileName);

private:
    QList<ValueWord> m_words;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_profileEdit = nullptr;
    QLabel *m_message = nullptr;
};
