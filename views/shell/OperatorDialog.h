#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

// Asks who is working, until user accounts exist; the name goes into every audit record.
class OperatorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OperatorDialog(const QString &name = {}, QWidget *parent = nullptr);
    QString operatorName() const;

private:
    QLineEdit *m_nameEdit;
    QDialogButtonBox *m_buttons;
};
