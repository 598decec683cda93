#include "export_dialog.h"

#include "prompts.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace engage {

ExportDialog::ExportDialog(const QString& suggestedPath, int errorCount, bool holdsSecrets,
                           QWidget* parent)
    : QDialog(parent), m_path(new QLineEdit(QDir::toNativeSeparators(suggestedPath), this)),
      m_redact(new QCheckBox(tr("&Redact secrets: write \"secret\": null for every HS256 key"),
                             this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Configuration"));
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_path->setAccessibleName(tr("Export to file"));
    m_redact->setObjectName(QStringLiteral("redactSecretsCheck"));
    m_redact->setChecked(holdsSecrets);
    m_redact->setEnabled(holdsSecrets);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    auto* browse = new QPushButton(tr("&Browse\u2026"), this);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* form = new QFormLayout;
    auto* pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_redact);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (errorCount > 0) {
        auto* warning = new QLabel(
            tr("This configuration has %n error(s): the exported file will not pass "
               "\"engagectl validate\".",
               nullptr, errorCount),
            this);
        warning->setObjectName(QStringLiteral("exportErrorsWarning"));
        warning->setWordWrap(true);
        layout->addWidget(warning);
    }
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            prompts::saveFileName(this, tr("Export Configuration"), path(),
                                  prompts::configurationFilter(), prompts::configurationSuffix);
        if (!chosen.isEmpty())
            m_path->setText(QDir::toNativeSeparators(chosen));
    });
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

QString ExportDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

bool ExportDialog::redactSecrets() const
{
    return m_redact->isChecked();
}

void ExportDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty());
}

} // namespace engage
