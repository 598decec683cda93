#include "connection_dialog.h"

#include "api/server_url.h"
#include "sync_session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace engage {

ConnectionDialog::ConnectionDialog(SyncSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_server(new QLineEdit(this)),
      m_token(new QLineEdit(this)), m_storage(new QLabel(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect to the Admin API"));

    m_server->setObjectName(QStringLiteral("serverUrlEdit"));
    m_server->setAccessibleName(tr("Server URL"));
    m_server->setPlaceholderText(QStringLiteral("https://ACCOUNT.api.digital.ringcentral.com/1.0"));
    m_server->setText(session.rememberedServer());
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setAccessibleName(tr("API token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_storage->setObjectName(QStringLiteral("tokenStorageLabel"));
    m_storage->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("connectionErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto* form = new QFormLayout;
    auto* serverLabel = new QLabel(tr("&Server URL:"), this);
    serverLabel->setBuddy(m_server);
    auto* tokenLabel = new QLabel(tr("API &token:"), this);
    tokenLabel->setBuddy(m_token);
    form->addRow(serverLabel, m_server);
    form->addRow(tokenLabel, m_token);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* connectButton = buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    connectButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_storage);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::tryConnect);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_server, &QLineEdit::editingFinished, this, &ConnectionDialog::lookUpToken);
    connect(&session, &SyncSession::storageChanged, this, &ConnectionDialog::showStorage);
    connect(&session, &SyncSession::tokenFound, this,
            [this](const QString& server, const QByteArray& token) {
                // Only for the server still shown, and never over what the person typed.
                if (m_token->text().isEmpty() &&
                    ServerUrl::check(m_server->text().trimmed()).url.toString() == server)
                    m_token->setText(QString::fromLatin1(token));
            });

    showStorage();
    lookUpToken();
    (m_server->text().isEmpty() ? m_server : m_token)->setFocus();
}

void ConnectionDialog::lookUpToken()
{
    m_session.lookUpToken(m_server->text());
}

void ConnectionDialog::showStorage()
{
    m_storage->setText(m_session.storageNote());
}

void ConnectionDialog::tryConnect()
{
    if (const auto error = m_session.connectTo(m_server->text(), m_token->text().toUtf8())) {
        m_error->setText(*error);
        m_error->show();
        return;
    }
    accept();
}

} // namespace engage
