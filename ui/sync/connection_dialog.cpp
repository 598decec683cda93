#include "connection_dialog.h"

#include "api/api_client.h"
#include "api/count_communities_command.h"
#include "api/server_url.h"
#include "sync_session.h"
#include "text/untrusted_text.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <climits>
#include <variant>

namespace engage {

ConnectionDialog::ConnectionDialog(SyncSession& session, const ConnectionOrigin& origin,
                                   QWidget* parent)
    : QDialog(parent), m_session(session), m_server(new QLineEdit(this)),
      m_token(new QLineEdit(this)), m_storage(new QLabel(this)), m_error(new QLabel(this)),
      m_connectButton(nullptr)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect to the Admin API"));

    m_server->setObjectName(QStringLiteral("serverUrlEdit"));
    m_server->setAccessibleName(tr("Server URL"));
    m_server->setPlaceholderText(QStringLiteral("https://ACCOUNT.api.digital.ringcentral.com/1.0"));
    m_server->setText(origin.server.isEmpty() ? session.rememberedServer() : origin.server);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setAccessibleName(tr("API token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_storage->setObjectName(QStringLiteral("tokenStorageLabel"));
    m_storage->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("connectionErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setAccessibleName(tr("Connection status"));
    m_error->hide();

    auto* form = new QFormLayout;
    auto* serverLabel = new QLabel(tr("&Server URL:"), this);
    serverLabel->setBuddy(m_server);
    auto* tokenLabel = new QLabel(tr("API &token:"), this);
    tokenLabel->setBuddy(m_token);
    form->addRow(serverLabel, m_server);
    form->addRow(tokenLabel, m_token);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connectButton = buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    if (!origin.server.isEmpty()) {
        auto* originLabel = new QLabel(
            tr("This configuration is of the community %1 on %2, so that server is filled in. "
               "Connecting to another server makes a later push ask first.")
                .arg(UntrustedText::forDisplay(origin.community),
                     UntrustedText::forDisplay(origin.server)),
            this);
        originLabel->setObjectName(QStringLiteral("connectionOriginLabel"));
        originLabel->setWordWrap(true);
        originLabel->setTextFormat(Qt::PlainText);
        layout->addWidget(originLabel);
    }
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

// The check uses the client held here: it goes first.
ConnectionDialog::~ConnectionDialog()
{
    delete m_check;
}

void ConnectionDialog::done(int result)
{
    if (m_check) {
        disconnect(m_check, nullptr, this, nullptr);
        m_check->cancel(); // nothing when it has already finished
    }
    QDialog::done(result);
}

void ConnectionDialog::tryConnect()
{
    if (m_check)
        return; // one check at a time
    const QByteArray token = m_token->text().toUtf8();
    auto client = m_session.clientFor(m_server->text(), token);
    if (const auto* error = std::get_if<QString>(&client)) {
        showError(*error);
        return;
    }
    m_candidate = std::get<std::shared_ptr<ApiClient>>(std::move(client));
    m_candidateToken = token;
    m_error->setText(tr("Checking the token with %1\u2026").arg(m_candidate->serverUrl().host()));
    m_error->show();
    m_connectButton->setEnabled(false);
    m_check = new CountCommunitiesCommand(*m_candidate, this);
    connect(m_check, &ApiCommand::finished, this, &ConnectionDialog::checked);
    m_check->start();
}

void ConnectionDialog::checked()
{
    const CountCommunitiesCommand* check = m_check;
    m_check->deleteLater();
    m_check = nullptr;
    m_connectButton->setEnabled(true);
    if (const auto& error = check->error()) {
        showError(error->message);
        // A refused token is the one thing to fix: it is ready to be typed again.
        if (error->kind == ApiErrorKind::Authentication) {
            m_token->setFocus();
            m_token->selectAll();
        }
        return;
    }
    const QUrl& url = m_candidate->serverUrl();
    const QString host =
        url.port() == -1 ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
    const int count = static_cast<int>(std::min<qint64>(check->count(), INT_MAX));
    m_reached =
        check->isCountCapped()
            ? tr("Connected to %1: the token can see at least %n communities.", nullptr, count)
                  .arg(UntrustedText::forDisplay(host))
            : tr("Connected to %1: the token can see %n communities.", nullptr, count)
                  .arg(UntrustedText::forDisplay(host));
    m_session.adopt(std::move(m_candidate), m_candidateToken);
    m_candidateToken.clear();
    accept();
}

void ConnectionDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace engage
