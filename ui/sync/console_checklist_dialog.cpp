#include "console_checklist_dialog.h"

#include "config/console_checklist.h"
#include "text/untrusted_text.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace engage {

ConsoleChecklistDialog::ConsoleChecklistDialog(const CommunityConfig& config, int errorCount,
                                               QWidget* parent)
    : QDialog(parent), m_config(config), m_showSecrets(new QCheckBox(this)),
      m_scroll(new QScrollArea(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("consoleChecklistDialog"));
    setWindowTitle(tr("Console Checklist"));
    resize(640, 560);

    auto* intro = new QLabel(
        tr("A real Engage domain has no API for these settings: enter them in the Engage admin "
           "console, step by step. Each Copy button puts one value on the clipboard."),
        this);
    intro->setWordWrap(true);

    auto* errors = new QLabel(
        tr("This configuration has %n error(s) (see Diagnostics): the console would refuse "
           "those values, so fix them before entering it.",
           nullptr, errorCount),
        this);
    errors->setObjectName(QStringLiteral("checklistErrors"));
    errors->setWordWrap(true);
    errors->setVisible(errorCount > 0);

    m_showSecrets->setObjectName(QStringLiteral("showSecretsCheck"));
    m_showSecrets->setText(tr("Show the &secrets instead of their fingerprints"));
    m_showSecrets->setAccessibleName(tr("Show the secrets"));

    m_scroll->setObjectName(QStringLiteral("checklistSteps"));
    m_scroll->setAccessibleName(tr("Checklist steps"));
    m_scroll->setWidgetResizable(true);

    m_status->setObjectName(QStringLiteral("checklistStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Clipboard status"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(errors);
    layout->addWidget(m_showSecrets);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_showSecrets, &QCheckBox::toggled, this, &ConsoleChecklistDialog::showSteps);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showSteps();
}

void ConsoleChecklistDialog::showSteps()
{
    // A value is a secret when the list without secrets shows its fingerprint instead.
    const QList<ChecklistStep> withoutSecrets = ConsoleChecklist::stepsFor(m_config, false);
    const QList<ChecklistStep> steps =
        m_showSecrets->isChecked() ? ConsoleChecklist::stepsFor(m_config, true) : withoutSecrets;

    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    int gridRow = 0;
    for (qsizetype stepIndex = 0; stepIndex < steps.size(); ++stepIndex) {
        const ChecklistStep& step = steps[stepIndex];
        auto* instruction =
            new QLabel(tr("%1. %2").arg(stepIndex + 1).arg(step.instruction), content);
        instruction->setObjectName(QStringLiteral("checklistStep"));
        instruction->setWordWrap(true);
        instruction->setTextFormat(Qt::PlainText);
        grid->addWidget(instruction, gridRow++, 0, 1, 3);
        for (qsizetype valueIndex = 0; valueIndex < step.values.size(); ++valueIndex) {
            const ChecklistValue& value = step.values[valueIndex];
            const bool isSecret = withoutSecrets[stepIndex].values[valueIndex].isSecretFingerprint;
            auto* label = new QLabel(value.label, content);
            label->setTextFormat(Qt::PlainText);
            auto* shown = new QLineEdit(UntrustedText::forDisplay(value.value), content);
            shown->setObjectName(QStringLiteral("checklistValue"));
            shown->setReadOnly(true);
            shown->setAccessibleName(value.label);
            label->setBuddy(shown);
            auto* copyButton = new QPushButton(tr("Copy"), content);
            copyButton->setObjectName(QStringLiteral("copyButton"));
            copyButton->setAccessibleName(
                tr("Copy %1 of step %2").arg(value.label).arg(stepIndex + 1));
            grid->addWidget(label, gridRow, 0);
            grid->addWidget(shown, gridRow, 1);
            grid->addWidget(copyButton, gridRow++, 2);
            // A fingerprint is no secret: only a revealed secret is cleared later.
            const bool copiesSecret = isSecret && m_showSecrets->isChecked();
            connect(copyButton, &QPushButton::clicked, this,
                    [this, label = value.label, text = value.value, copiesSecret] {
                        copy(label, text, copiesSecret);
                    });
        }
    }
    grid->setRowStretch(gridRow, 1);
    grid->setColumnStretch(1, 1);
    m_scroll->setWidget(content); // deletes the previous steps
}

void ConsoleChecklistDialog::copy(const QString& label, const QString& value, bool isSecret)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->setText(value);
    if (!isSecret) {
        m_status->setText(tr("Copied \u201c%1\u201d.").arg(label));
        return;
    }
    // Whatever happens to this dialog, the secret does not stay on the clipboard, unless the
    // person copied something else meanwhile.
    QTimer::singleShot(m_secretClearDelay, clipboard, [clipboard, value] {
        if (clipboard->text() == value)
            clipboard->clear();
    });
    m_status->setText(tr("Copied \u201c%1\u201d: the secret is cleared from the clipboard in %n "
                         "seconds if it is still there.",
                         nullptr, int(m_secretClearDelay.count() / 1000))
                          .arg(label));
}

} // namespace engage
