#include "shell/MessageBar.h"

#include "core/Result.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    m_textLabel->setObjectName(QStringLiteral("messageLabel"));
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextFormat(Qt::PlainText); // names and file names as typed, never read as markup
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_closeButton->setObjectName(QStringLiteral("messageCloseButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Close this message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_iconLabel);
    layout->addWidget(m_textLabel, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    connect(m_closeButton, &QToolButton::clicked, this, &MessageBar::dismiss);
    hide();
}

void MessageBar::showMessage(Level level, const QString &text)
{
    m_level = level;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString colours = QStringLiteral("background:#e8f1fb; border:1px solid #9cc3ea;");
    if (level == Level::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        colours = QStringLiteral("background:#fff6dd; border:1px solid #e6c35c;");
    } else if (level == Level::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        colours = QStringLiteral("background:#fde8e8; border:1px solid #e08c8c;");
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_iconLabel->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    setStyleSheet(QStringLiteral("MessageBar { %1 border-radius:3px; }").arg(colours));
    m_textLabel->setText(text);
    show();
}

void MessageBar::showResult(const Result &result)
{
    if (result.isOk()) {
        dismiss();
        return;
    }
    showMessage(result.kind() == Result::Kind::Rejected ? Level::Warning : Level::Error, result.message());
}

void MessageBar::showProblem(const QString &problem)
{
    if (problem.isEmpty())
        dismiss();
    else
        showMessage(Level::Warning, problem);
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_textLabel->text();
}

void MessageBar::dismiss()
{
    m_textLabel->clear();
    hide();
}
