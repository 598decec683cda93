#include "push_flow.h"

#include "api/api_client.h"
#include "api/fetch_settings_command.h"
#include "api/push_settings_command.h"
#include "changes_dialog.h"
#include "conflict_dialog.h"
#include "document/config_document.h"
#include "prompts.h"
#include "sync/settings_merge.h"
#include "sync_progress.h"
#include "text/untrusted_text.h"

namespace engage {

PushFlow::PushFlow(std::shared_ptr<ApiClient> client, ConfigDocument& document,
                   SyncProgress& progress, QWidget* window)
    : QObject(window), m_client(std::move(client)), m_document(document),
      m_base(document.syncRecord()), m_documentBase(document.syncRecord()), m_progress(progress),
      m_window(window)
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
        emit refusedForErrors();
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

QString PushFlow::refusalForErrors(int errors)
{
    return tr("The configuration has %n error(s), so it was not pushed and nothing was sent: fix "
              "them first (see Diagnostics).",
              nullptr, errors);
}

bool PushFlow::mayPushWithoutItsBase()
{
    const SyncPlan::BaseCheck check =
        SyncPlan::checkBase(m_base, tr("This configuration"), m_local.community.id,
                            m_client->serverUrl(), m_communityId);
    if (check.fits())
        return true;
    const QString question =
        check.problem + QLatin1Char(' ') +
        tr("Replace the remote settings of %1 with those of this configuration anyway?")
            .arg(target());
    // Pulled from elsewhere: pushing here is rarely meant, so Cancel is what Return does.
    const QString title = check.fitness == SyncRecord::Fitness::OtherCommunity
                              ? tr("Push to Another Server or Community")
                              : tr("Push Without a Sync Record");
    if (prompts::ask(m_window, QMessageBox::Warning, title, question,
                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                     {{QMessageBox::Yes, tr("&Push Anyway")}}) != QMessageBox::Yes) {
        end(tr("Nothing was pushed: pull the community first to push with conflict detection."));
        return false;
    }
    // That record says nothing about this community's settings.
    m_base.reset();
    return true;
}

QString PushFlow::target() const
{
    const QString id = UntrustedText::forDisplay(m_communityId);
    const QString server = UntrustedText::forDisplay(m_client->serverUrl().toString());
    const QString& name = m_local.community.name;
    return name.isEmpty() ? tr("the community %1 on %2").arg(id, server)
                          : tr("the community \"%1\" (%2) on %3")
                                .arg(UntrustedText::forDisplay(name), id, server);
}

void PushFlow::fetched()
{
    auto* fetch = qobject_cast<FetchSettingsCommand*>(m_running.data());
    fetch->deleteLater();
    if (fetch->error()) {
        endWithError(*fetch->error());
        return;
    }
    planAgainst(fetch->remote());
}

void PushFlow::planAgainst(const RemoteSettings& remote)
{
    const SyncPlan::Plan plan = SyncPlan::plan(m_base, remote, m_local);
    if (plan.outcome == SyncPlan::Plan::Outcome::Conflict) {
        showConflicts(remote, plan);
        return;
    }
    if (plan.outcome == SyncPlan::Plan::Outcome::Invalid) {
        refuseInvalidMerge(plan);
        return;
    }
    if (plan.outcome == SyncPlan::Plan::Outcome::UpToDate) {
        const QString changedMeanwhile = adopt(plan.merged, remote);
        if (!changedMeanwhile.isEmpty())
            end(changedMeanwhile);
        else if (plan.fromServer.isEmpty())
            end(tr("No differences: the remote settings are already those of this "
                   "configuration."));
        else
            end(tr("Nothing to push: the changes made on the server were merged into this "
                   "configuration."));
        return;
    }
    const QString where = target();
    const QString explanation =
        m_base ? tr("Pushing sends these changes to %1.").arg(where)
               : tr("This configuration has no sync record for %1, so the push replaces the "
                    "remote settings as they are now with these changes.")
                     .arg(where);
    auto* dialog = new ChangesDialog(explanation, plan.toServer, plan.fromServer, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangesDialog::chosen, this, [this, plan](ChangesDialog::Choice choice) {
        if (choice == ChangesDialog::Choice::Push)
            push(plan);
        else
            end(tr("Nothing was pushed."));
    });
    dialog->open();
}

void PushFlow::showConflicts(const RemoteSettings& remote, const SyncPlan::Plan& plan)
{
    const QString explanation =
        tr("The settings of %1 changed on the server since this configuration was pulled, and "
           "some items changed both there and here; nothing was pushed. Choose the version to "
           "keep for each, then push.")
            .arg(target());
    auto* dialog =
        new ConflictDialog(explanation, plan.conflicts, plan.toServer, plan.fromServer, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictDialog::chosen, this,
            [this, dialog, remote](ConflictDialog::Choice choice) {
                switch (choice) {
                case ConflictDialog::Choice::Push: {
                    const SyncPlan::Plan chosen =
                        SyncPlan::plan(m_base, remote, m_local, dialog->choices());
                    if (chosen.outcome == SyncPlan::Plan::Outcome::Push) {
                        push(chosen);
                    } else if (chosen.outcome == SyncPlan::Plan::Outcome::Invalid) {
                        refuseInvalidMerge(chosen);
                    } else {
                        const QString changedMeanwhile = adopt(chosen.merged, remote);
                        end(changedMeanwhile.isEmpty()
                                ? tr("Nothing to push: the server's version of each item was "
                                     "kept.")
                                : changedMeanwhile);
                    }
                    return;
                }
                case ConflictDialog::Choice::Reload:
                    // With the remote's base, as one undo step: Undo gives back both yours and
                    // the base they were made on.
                    m_document.replaceSettings(remote.settings,
                                               SyncRecord::of(m_client->serverUrl().toString(),
                                                              m_communityId, remote.etag,
                                                              remote.settings));
                    emit synced();
                    end(tr("The remote settings replaced those of this configuration; Undo "
                           "brings yours back."));
                    return;
                case ConflictDialog::Choice::Cancel:
                    break;
                }
                end(tr("Nothing was pushed and nothing changed here."));
            });
    dialog->open();
}

void PushFlow::refuseInvalidMerge(const SyncPlan::Plan& plan)
{
    emit failed(tr("Merged with the changes made on the server, these settings would break a "
                   "rule (%1); nothing was pushed. Pull the community again and redo your "
                   "changes.")
                    .arg(plan.mergedErrors.constFirst().message));
    emit finished();
}

void PushFlow::push(const SyncPlan::Plan& plan)
{
    m_pushing = plan.merged;
    auto* command = new PushSettingsCommand(*m_client, m_communityId, plan.merged, plan.etag, this);
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
        const QString changedMeanwhile = adopt(m_pushing, command->remote());
        const QString pushed = tr("Pushed the changes to %1.").arg(target());
        end(changedMeanwhile.isEmpty() ? pushed : pushed + QLatin1Char(' ') + changedMeanwhile);
    } else if (command->error()->kind == ApiErrorKind::Conflict) {
        // Changed again while pushing: merge with what is there now.
        planAgainst(command->remote());
    } else {
        endWithError(*command->error());
    }
}

QString PushFlow::adopt(const CommunityConfig& merged, const RemoteSettings& remote)
{
    const SyncRecord stored = SyncRecord::of(m_client->serverUrl().toString(), m_communityId,
                                             remote.etag, remote.settings);
    if (m_document.config() == m_local) {
        m_document.replaceSettings(merged, stored);
        emit synced();
        return {};
    }
    // Another file or pull took the window's place while the server answered: it has
    // nothing to do with this push.
    if (m_document.syncRecord() != m_documentBase) {
        return tr("This window opened another configuration meanwhile, so it was left as it "
                  "is.");
    }
    // Edited while the server answered: the edits are kept, merged with what came from the
    // server, on the base the server now holds, so that the next push sends them (and its
    // preview shows them) rather than either side being lost. Where the server brought in
    // another value for an item edited meanwhile, the edit is kept, to be shown and pushed.
    const SettingsMergeResult edits =
        SettingsMerge::merge(fingerprintedSettings(m_local), merged, m_document.config());
    m_document.replaceSettings(edits.merged, stored);
    emit synced();
    return tr("This configuration was edited meanwhile: the edits were kept, merged with the "
              "server's settings; push again to send them.");
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
    if (error.kind == ApiErrorKind::ExtensionMissing) {
        emit settingsApiMissing();
        emit finished();
        return;
    }
    QString message = error.message;
    for (const ApiFieldError& field : error.fieldErrors)
        message += QLatin1Char('\n') + ApiErrors::describe(field);
    emit failed(message);
    emit finished();
}

} // namespace engage
