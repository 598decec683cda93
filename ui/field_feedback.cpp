#include "field_feedback.h"

#include "document/diagnostic_presentation.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>

namespace engage {

FieldFeedback::FieldFeedback(QWidget* field, QLabel* messageLabel)
    : m_field(field), m_messageLabel(messageLabel), m_plainToolTip(field->toolTip())
{
    if (auto* lineEdit = qobject_cast<QLineEdit*>(field)) {
        m_iconAction = new QAction(lineEdit);
        m_iconAction->setObjectName(QStringLiteral("diagnosticIcon"));
        m_iconAction->setVisible(false);
        lineEdit->addAction(m_iconAction, QLineEdit::TrailingPosition);
    }
}

void FieldFeedback::show(const Diagnostics& diagnostics)
{
    if (!m_field)
        return;
    const QString messages = joinedMessages(diagnostics);
    m_field->setToolTip(diagnostics.isEmpty() ? m_plainToolTip : plainTextToolTip(messages));
    m_field->setAccessibleDescription(messages);
    if (m_iconAction) {
        m_iconAction->setVisible(!diagnostics.isEmpty());
        if (!diagnostics.isEmpty()) {
            m_iconAction->setIcon(severityIcon(worstSeverity(diagnostics)));
            m_iconAction->setToolTip(plainTextToolTip(messages));
        }
    }
    if (m_messageLabel) {
        QString html;
        for (const Diagnostic& diagnostic : diagnostics) {
            const QString icon = diagnostic.severity() == Severity::Error
                                     ? QStringLiteral(":/icons/diagnostic-error.svg")
                                     : QStringLiteral(":/icons/diagnostic-warning.svg");
            html += QStringLiteral("<p style=\"margin:0\"><img src=\"%1\" width=\"14\" "
                                   "height=\"14\"> %2</p>")
                        .arg(icon, labelledMessage(diagnostic).toHtmlEscaped());
        }
        m_messageLabel->setText(html);
        m_messageLabel->setAccessibleName(messages);
        m_messageLabel->setVisible(!diagnostics.isEmpty());
    }
}

QLabel* makeFieldMessageLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

} // namespace engage
