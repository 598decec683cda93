#include "push_flow.h"

#include "api/api_client.h"
#include "api/fetch_settings_command.h"
#include "api/push_settings_command.h"
#include "changes_dialog.h"
#include "config/config_diff.h"
#include "document/config_document.h"
#include "prompts.h"
#include "sync_progress.h"
#include "text/untrusted_text.h"

namespace engage {

PushFlow::PushFlow(std::shared_ptr<ApiClient> client, ConfigDocument& document,
                   std::optional<SyncBase> base, SyncProgress& progress, QWidget* window)
    : QObject(window), m_client(std::move(client)), m_document(document), m_base(std::move(base)),
      m_progress(progress), m_window(window)
{
}

// The command uses the client held here: it goes first.
PushFlow::~PushFlow()
{
    delete m_running;
}

void PushFlow::start()
{
    const int errors = countOf(m_document.diagnostics(), Severity::Error);
    if (errors > 0) {
        emit failed(tr("The configuration has %n error(s), so it was not pushed and nothing was "
                       "sent: fix them first (see Diagnostics).",
                       nullptr, errors));
        emit finished();
        return;
    }
    m_local = m_document.config();
    m_communityId = !m_local.community.id.isEmpty() ? m_local.community.id
                    : m_base                        ? m_base->communityId
                                                    : QString();
    if (!mayPushWithoutItsBase())
        return;

    auto* fetch = new FetchSettingsCommand(*m_client, m_communityId, this);
    m_running = fetch;
    connect(fetch, &ApiCommand::finished, this, &PushFlow::fetched);
    m_progress.track(fetch, tr("Reading the remote settings\u2026"));
    fetch->start();
}

bool PushFlow::mayPushWithoutItsBase()
{
    const QString server = m_client->serverUrl().toString();
    QString question;
    switch (SyncBase::fitness(m_base, m_local.community.id, m_client->serverUrl(), m_communityId)) {
    case SyncBase::Fitness::Fits:
        return true;
    case SyncBase::Fitness::Missing:
        question = tr("This configuration has no sync record for the community %1 on %2 (it "
                      "was not pulled from there), so changes made there since cannot be "
                      "detected. Replace the remote settings with those of this configuration "
                      "anyway?")
                       .arg(m_communityId, server);
        break;
    case SyncBase::Fitness::OtherCommunity:
        question = tr("This configuration was pulled from the community %1 on %2, not from the "
                      "community %3 on %4, so changes made there since cannot be detected. "
                      "Replace the remote settings of %3 with those of this configuration "
                      "anyway?")
                       .arg(m_base->communityId, m_base->server, m_communityId, server);
        break;
    case SyncBase::Fitness::FileForOtherCommunity:
        // Not reached today: the target is the configuration's own community. Kept so that
        // the rule holds if a target can ever be chosen.
        question = tr("This configuration is for the community %1, not for the community %2. "
                      "Replace the remote settings of %2 with those of this configuration "
                      "anyway?")
                       .arg(m_local.community.id, m_communityId);
        break;
    }
    if (prompts::ask(m_window, QMessageBox::Warning, tr("Push Without a Sync Record"), question,
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
        end(tr("Nothing was pushed: pull the community first to push with conflict detection."));
        return false;
    }
    // That record says nothing about this community's settings.
    m_base.reset();
    return true;
}

void PushFlow::fetched()
{
    auto* fetch = qobject_cast<FetchSettingsCommand*>(m_running.data());
    fetch->deleteLater();
    if (fetch->error()) {
        endWithError(*fetch->error());
        return;
    }
    const RemoteSettings remote = fetch->remote();
    if (m_base && m_base->etag != remote.etag) {
        showConflict(remote, tr("The settings of the community %1 changed on the server since "
                                "this configuration was pulled; nothing was pushed. Here is how "
                                "the current remote settings differ from this configuration.")
                                 .arg(m_communityId));
        return;
    }
    const ConfigChanges changes =
        ConfigDiff::between(remote.settings, m_local, ConfigDiff::Scope::MessagingSettings);
    if (changes.isEmpty()) {
        end(tr("No differences: the remote settings are already those of this configuration."));
        return;
    }
    const QString explanation =
        m_base ? tr("Pushing replaces the settings of the community %1 with those of this "
                    "configuration. These are the differences.")
                     .arg(m_communityId)
               : tr("This configuration has no sync record for the community %1 on this server "
                    "(it was not pulled from it), so the push replaces the remote settings as "
                    "they are now. These are the differences.")
                     .arg(m_communityId);
    auto* dialog =
        new ChangesDialog(ChangesDialog::Purpose::PushPreview, changes, explanation, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangesDialog::chosen, this,
            [this, etag = remote.etag](ChangesDialog::Choice choice) {
                if (choice == ChangesDialog::Choice::Push)
                    push(etag);
                else
                    end(tr("Nothing was pushed."));
            });
    dialog->open();
}

void PushFlow::push(const QString& etag)
{
    auto* command = new PushSettingsCommand(*m_client, m_communityId, m_local, etag, this);
    m_running = command;
    connect(command, &ApiCommand::finished, this, &PushFlow::pushFinished);
    m_progress.track(command, tr("Pushing the settings\u2026"));
    command->start();
}

void PushFlow::pushFinished()
{
    auto* command = qobject_cast<PushSettingsCommand*>(m_running.data());
    command->deleteLater();
    if (!command->error()) {
        emit baseChanged(baseFor(command->remote().etag));
        end(tr("Pushed the changes to the community %1.").arg(m_communityId));
    } else if (command->error()->kind == ApiErrorKind::Conflict) {
        showConflict(command->remote(),
                     tr("The settings of the community %1 changed on the server while pushing; "
                        "nothing was pushed. Here is how the current remote settings differ "
                        "from this configuration.")
                         .arg(m_communityId));
    } else {
        endWithError(*command->error());
    }
}

void PushFlow::showConflict(const RemoteSettings& remote, const QString& explanation)
{
    const ConfigChanges changes =
        ConfigDiff::between(remote.settings, m_local, ConfigDiff::Scope::MessagingSettings);
    auto* dialog =
        new ChangesDialog(ChangesDialog::Purpose::Conflict, changes, explanation, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangesDialog::chosen, this, [this, remote](ChangesDialog::Choice choice) {
        switch (choice) {
        case ChangesDialog::Choice::Reload:
            m_document.replaceSettings(remote.settings);
            emit baseChanged(baseFor(remote.etag));
            end(tr("The remote settings replaced those of this configuration; Undo brings yours "
                   "back."));
            return;
        case ChangesDialog::Choice::Overwrite:
            if (prompts::ask(m_window, QMessageBox::Warning, tr("Overwrite the Remote Settings"),
                             tr("Replace the settings of the community %1 on the server with "
                                "those of this configuration? The changes made there since "
                                "will be lost.")
                                 .arg(m_communityId),
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) == QMessageBox::Yes) {
                push(remote.etag); // conditional on the settings just shown
                return;
            }
            break;
        case ChangesDialog::Choice::Push:
        case ChangesDialog::Choice::Cancel:
            break;
        }
        end(tr("Nothing was pushed and nothing changed here."));
    });
    dialog->open();
}

SyncBase PushFlow::baseFor(const QString& etag) const
{
    return SyncBase{m_client->serverUrl().toString(), m_communityId, etag};
}

void PushFlow::end(const QString& message)
{
    emit succeeded(message);
    emit finished();
}

void PushFlow::endWithError(const ApiError& error)
{
    if (error.kind == ApiErrorKind::Canceled) {
        end(tr("The push was cancelled; nothing changed here."));
        return;
    }
    QString message = error.message;
    for (const ApiFieldError& field : error.fieldErrors)
        message += QLatin1Char('\n') + ApiErrors::describe(field);
    emit failed(message);
    emit finished();
}

} // namespace engage
