#pragma once

#include "api/messaging_settings.h"
#include "api/sync_record.h"
#include "config/community_config.h"
#include "sync/sync_plan.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QWidget;

namespace engage {

class ApiClient;
class ApiCommand;
class ConfigDocument;
class SyncProgress;

// One push from a window, step by step, never blocking; every rule is SyncPlan's, this
// presents. Refuse an invalid configuration before sending anything; when the document's
// sync record does not fit this community and server, ask first (naming the server) whether
// to replace the remote settings anyway; read the remote settings and merge. Without a
// conflict: the preview (the changes sent, the remote changes merged in), then the push with
// If-Match: the remote ETag. With conflicts: each item base / theirs / yours with a choice per
// item, then the push with those choices; or Reload the remote settings. After the push, the
// document takes the merged settings with the new base as one undo step, so that it equals
// the server. A failed or refused push changes nothing in the document.
class PushFlow : public QObject
{
    Q_OBJECT

public:
    PushFlow(std::shared_ptr<ApiClient> client, ConfigDocument& document, SyncProgress& progress,
             QWidget* window);
    ~PushFlow() override;

    void start();
    // Why a configuration with `errors` errors is not pushed, for the window's banner.
    static QString refusalForErrors(int errors);

signals:
    // The document's settings and sync record are now those on the server.
    void synced();
    // A translated message for the window's banner.
    void failed(const QString& message);
    // Nothing was sent: the configuration has errors (refusalForErrors() says so).
    void refusedForErrors();
    // The server has the community but not the settings extension (docs/api.md): instead of
    // failed(), since the window then offers the console checklist.
    void settingsApiMissing();
    // A translated message for the status bar.
    void succeeded(const QString& message);
    // The flow is over, whatever the outcome.
    void finished();

private:
    // When the document's sync record does not fit, asks whether to push anyway (default No);
    // false when nothing is to be pushed.
    bool mayPushWithoutItsBase();
    // The community pushed to, by name and ID, and its server: every question and message of
    // the push names them.
    QString target() const;
    void fetched();
    // Merges with `remote` and shows the preview or the conflicts.
    void planAgainst(const RemoteSettings& remote);
    void showConflicts(const RemoteSettings& remote, const SyncPlan::Plan& plan);
    void refuseInvalidMerge(const SyncPlan::Plan& plan);
    void push(const SyncPlan::Plan& plan);
    void pushFinished();
    // The document takes `merged`'s settings with the base of `remote`. Returns what is to be
    // said besides when the document changed since the push began (empty otherwise).
    QString adopt(const CommunityConfig& merged, const RemoteSettings& remote);
    void end(const QString& message);
    void endWithError(const ApiError& error);

    std::shared_ptr<ApiClient> m_client;
    ConfigDocument& m_document;
    std::optional<SyncRecord> m_base;         // std::nullopt when it does not apply to this push
    std::optional<SyncRecord> m_documentBase; // the document's, when the push began
    SyncProgress& m_progress;
    QWidget* m_window;
    CommunityConfig m_local; // what is pushed: the document when the push started
    QString m_communityId;
    CommunityConfig m_pushing;      // the merged configuration being sent
    QPointer<ApiCommand> m_running; // a child of this flow
};

} // namespace engage
