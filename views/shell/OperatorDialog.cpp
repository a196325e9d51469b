#include "shell/OperatorDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

OperatorDialog::OperatorDialog(const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_nameEdit(new QLineEdit(name, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("operatorDialog"));
    setWindowTitle(tr("Operator"));
    m_nameEdit->setObjectName(QStringLiteral("operatorLineEdit"));
    m_nameEdit->setMaxLength(40);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    auto *intro = new QLabel(tr("Enter your name. Every change you make to the roster is recorded under it."), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    const auto update = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!operatorName().isEmpty()); };
    connect(m_nameEdit, &QLineEdit::textChanged, this, update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QString OperatorDialog::operatorName() const
{
    return m_nameEdit->text().simplified();
}
