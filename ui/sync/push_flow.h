#pragma once

#include "api/messaging_settings.h"
#include "api/sync_base.h"
#include "config/community_config.h"

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

// One push from a window, step by step, never blocking: refuse an invalid configuration
// before sending anything; without a sync base for this community and server, ask first
// whether to push anyway; read the remote settings; show the differences (Push / Cancel);
// push with If-Match: the window's sync base ETag, or the one just read when the window has
// no base (the person agreed; the preview says so again). A conflict, found before the
// push (the base ETag is no longer the remote one) or by the server (412), shows the
// differences with Reload the remote settings, Overwrite (after a confirmation) or Cancel.
// A failed or refused push changes nothing in the document.
class PushFlow : public QObject
{
    Q_OBJECT

public:
    PushFlow(std::shared_ptr<ApiClient> client, ConfigDocument& document,
             std::optional<SyncBase> base, SyncProgress& progress, QWidget* window);
    ~PushFlow() override;

    void start();

signals:
    // The window's sync base is now `base` (after a push, or after reloading the remote).
    void baseChanged(const engage::SyncBase& base);
    // A translated message for the window's banner.
    void failed(const QString& message);
    // A translated message for the status bar.
    void succeeded(const QString& message);
    // The flow is over, whatever the outcome.
    void finished();

private:
    // When the window's sync base is missing or about another community or server, asks
    // whether to push anyway (default No); false when nothing is to be pushed.
    bool mayPushWithoutItsBase();
    void fetched();
    void push(const QString& etag);
    void pushFinished();
    void showConflict(const RemoteSettings& remote, const QString& explanation);
    void end(const QString& message);
    void endWithError(const ApiError& error);
    SyncBase baseFor(const QString& etag) const;

    std::shared_ptr<ApiClient> m_client;
    ConfigDocument& m_document;
    std::optional<SyncBase> m_base; // std::nullopt when it does not apply to this push
    SyncProgress& m_progress;
    QWidget* m_window;
    CommunityConfig m_local; // what is pushed: the document when the push started
    QString m_communityId;
    QPointer<ApiCommand> m_running; // a child of this flow
};

} // namespace engage
