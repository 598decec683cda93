#pragma once

#include "config/diagnostic.h"
#include "document/diagnostic_presentation.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;

namespace engage {

// Shows a field's diagnostics on the field itself: the severity icon inside a line edit
// (never colour alone), the messages as its tooltip and accessible description, and the same
// messages with their icon in a label under the field, which is hidden when all is well.
class FieldFeedback
{
public:
    FieldFeedback(QWidget* field, QLabel* messageLabel);

    void show(const Diagnostics& diagnostics, DiagnosticTone tone = DiagnosticTone::Problem);
    QWidget* field() const { return m_field; }

private:
    QPointer<QWidget> m_field;
    QPointer<QLabel> m_messageLabel;
    QPointer<QAction> m_iconAction; // line edits only
    QString m_plainToolTip;
};

// The label FieldFeedback writes into: word-wrapped, hidden until there is something to say.
QLabel* makeFieldMessageLabel(QWidget* parent, const QString& objectName);

} // namespace engage
