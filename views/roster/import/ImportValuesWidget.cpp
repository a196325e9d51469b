#include "roster/import/ImportValuesWidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Domain;

namespace {

enum Column { FieldColumn, WordColumn, RowsColumn, KindColumn, ColumnCount };

template<typename E> QComboBox *kindCombo(QWidget *parent, const QString &current, E fallback)
{
    auto *combo = new QComboBox(parent);
    for (E value : allValues<E>())
        combo->addItem(label(value), key(value));
    const int at = combo->findData(current.isEmpty() ? key(fallback) : current);
    combo->setCurrentIndex(at >= 0 ? at : 0);
    return combo;
}

} // namespace

ImportValuesWidget::ImportValuesWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("importValuesWidget"));
    auto *intro = new QLabel(tr("These words were imported as 其他 with the words kept. Choose what each one means "
                                "and apply it to the preview; save it in a profile for the next file."),
        this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("valueMappingTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Word in the file"), tr("Rows"), tr("Imported as")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *apply = new QPushButton(tr("Apply to the preview"), this);
    apply->setObjectName(QStringLiteral("applyValuesButton"));
    connect(apply, &QPushButton::clicked, this, &ImportValuesWidget::applyRequested);
    m_profileEdit = new QLineEdit(this);
    m_profileEdit->setObjectName(QStringLiteral("valuesProfileLineEdit"));
    m_profileEdit->setPlaceholderText(tr("profile name"));
    auto *save = new QPushButton(tr("Save in profile"), this);
    save->setObjectName(QStringLiteral("saveValuesButton"));
    connect(save, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(profileName()); });
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("valuesMessageLabel"));
    m_message->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(apply);
    buttons->addStretch();
    buttons->addWidget(new QLabel(tr("Profile:"), this));
    buttons->addWidget(m_profileEdit);
    buttons->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
}

void ImportValuesWidget::setWords(const QList<ValueWord> &words)
{
    m_words = words;
    m_table->setRowCount(int(words.size()));
    for (int r = 0; r < words.size(); ++r) {
        const ValueWord &w = words.at(r);
        const bool relation = w.field == ValueWord::Field::Relation;
        m_table->setItem(r, FieldColumn, new QTableWidgetItem(relation ? tr("Relation to head") : tr("Disability")));
        m_table->setItem(r, WordColumn, new QTableWidgetItem(w.word));
        QStringList rows;
        for (int row : w.rows)
            rows << QString::number(row);
        if (w.count > w.rows.size())
            rows << QStringLiteral("…");
        auto *rowsItem
            = new QTableWidgetItem(tr("%n row(s): %1", nullptr, w.count).arg(rows.join(QStringLiteral(", "))));
        m_table->setItem(r, RowsColumn, rowsItem);
        m_table->setCellWidget(r, KindColumn,
            relation ? kindCombo(m_table, w.mappedTo, Relation::Other)
                     : kindCombo(m_table, w.mappedTo, DisabilityKind::Other));
    }
    m_table->resizeColumnsToContents();
}

ValueMappings ImportValuesWidget::mappings() const
{
    ValueMappings out;
    for (int r = 0; r < m_words.size(); ++r) {
        const ValueWord &w = m_words.at(r);
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(r, KindColumn));
        if (!combo)
            continue;
        const QString chosen = combo->currentData().toString();
        if (w.field == ValueWord::Field::Relation) {
            Relation relation;
            if (fromText(chosen, &relation) && (relation != Relation::Other || !w.mappedTo.isEmpty()))
                out.setRelation(w.word, relation);
        } else {
            DisabilityKind kind;
            if (fromText(chosen, &kind) && (kind != DisabilityKind::Other || !w.mappedTo.isEmpty()))
                out.setDisability(w.word, kind);
        }
    }
    return out;
}

QString ImportValuesWidget::profileName() const
{
    return m_profileEdit->text().trimmed();
}

void ImportValuesWidget::setProfileName(const QString &name)
{
    if (m_profileEdit->text().trimmed().isEmpty())
        m_profileEdit->setText(name);
}

void ImportValuesWidget::setMessage(const QString &message)
{
    m_message->setText(message);
}
