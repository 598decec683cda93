#include "integration_kit_dialog.h"

#include "kit/integration_kit.h"
#include "kit/kit_document.h"
#include "prompts.h"
#include "text/untrusted_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace engage {

IntegrationKitDialog::IntegrationKitDialog(const CommunityConfig& config, const QString& keyId,
                                           QWidget* parent)
    : QDialog(parent), m_config(config), m_key(new QComboBox(this)), m_format(new QComboBox(this)),
      m_includeSecret(new QCheckBox(tr("Include the &secret"), this)),
      m_secretWarning(new QLabel(tr("Anyone who reads the file can then sign identities as "
                                    "your website; it is saved readable by you only."),
                                 this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("integrationKitDialog"));
    setWindowTitle(tr("Export Integration Kit"));
    m_key->setObjectName(QStringLiteral("kitKeyCombo"));
    m_key->setAccessibleName(tr("Key of the kit"));
    for (const JwtKey& key : config.jwtKeys)
        m_key->addItem(QStringLiteral("%1 (%2)").arg(UntrustedText::forDisplay(key.id),
                                                     UntrustedText::forDisplay(key.algorithm)),
                       key.id);
    m_key->setCurrentIndex(std::max(0, m_key->findData(keyId)));
    m_format->setObjectName(QStringLiteral("kitFormatCombo"));
    m_format->setAccessibleName(tr("Format of the kit"));
    m_format->addItem(tr("Web page (HTML), to read or print"), QStringLiteral("html"));
    m_format->addItem(tr("Markdown, for a wiki or a ticket"), QStringLiteral("markdown"));
    m_includeSecret->setObjectName(QStringLiteral("kitIncludeSecretCheck"));
    m_includeSecret->setChecked(false);
    m_secretWarning->setObjectName(QStringLiteral("kitSecretWarning"));
    m_secretWarning->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("kitError"));
    m_error->setTextFormat(Qt::PlainText); // it quotes the chosen path
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export\u2026"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("kitExportButton"));

    auto* intro = new QLabel(tr("The kit tells the website team how to sign visitors' "
                                "identities with one key: header, payload, expiry and code in "
                                "seven languages."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    auto* keyLabel = new QLabel(tr("&Key:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, m_key);
    auto* formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    form->addRow(QString(), m_includeSecret);
    form->addRow(QString(), m_secretWarning);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_key, &QComboBox::currentIndexChanged, this,
            &IntegrationKitDialog::updateSecretChoice);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &IntegrationKitDialog::exportKit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!config.jwtKeys.isEmpty());
    if (config.jwtKeys.isEmpty())
        showError(tr("The configuration has no JWT key yet: add one on the JWT keys page first."));
    updateSecretChoice();
}

void IntegrationKitDialog::updateSecretChoice()
{
    // Only an HS256 key has a secret to share; an RS256 kit never holds a private key.
    const QString keyId = m_key->currentData().toString();
    const auto key =
        std::find_if(m_config.jwtKeys.cbegin(), m_config.jwtKeys.cend(),
                     [&keyId](const JwtKey& candidate) { return candidate.id == keyId; });
    const bool hasSecret =
        key != m_config.jwtKeys.cend() && key->algorithm == JwtAlgorithm::hs256 && key->secret;
    if (!hasSecret)
        m_includeSecret->setChecked(false);
    m_includeSecret->setEnabled(hasSecret);
    m_secretWarning->setVisible(hasSecret); // about a secret that an RS256 kit cannot hold
}

void IntegrationKitDialog::exportKit()
{
    m_error->hide();
    const QString keyId = m_key->currentData().toString();
    const IntegrationKitResult result =
        IntegrationKit::build(m_config, keyId, m_includeSecret->isChecked());
    if (result.error) {
        showError(*result.error);
        return;
    }
    const bool html = m_format->currentData().toString() == QLatin1String("html");
    const QString suggested = QDir::home().filePath(
        QStringLiteral("engage-kit-%1.%2")
            .arg(keyId, html ? QStringLiteral("html") : QStringLiteral("md")));
    const QString chosen =
        prompts::saveFileName(this, tr("Export Integration Kit"), suggested,
                              html ? tr("Web pages (*.html)") : tr("Markdown files (*.md)"),
                              html ? QStringLiteral("html") : QStringLiteral("md"));
    if (chosen.isEmpty())
        return; // the person cancelled the file chooser: the dialog stays for another try
    const QString path = QFileInfo(chosen).absoluteFilePath();
    const FileContent content =
        KitDocument::fileContent(path, *result.kit, html ? KitFormat::Html : KitFormat::Markdown);
    if (const auto error = AtomicFile::write(content)) {
        showError(*error);
        return;
    }
    emit exported(path, keyId);
    accept();
}

void IntegrationKitDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

IntegrationKitDialog* exportIntegrationKit(QWidget* parent, const CommunityConfig& config,
                                           const QString& keyId)
{
    auto* dialog = new IntegrationKitDialog(config, keyId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace engage
