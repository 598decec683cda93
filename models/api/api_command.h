#pragma once

#include "api/api_error.h"
#include "api/api_request.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <optional>

namespace engage {

class ApiClient;

// One user action against the admin API (list, pull, push...), in the manner of Kleopatra's
// commands: start() it, listen to progress() and finished(), cancel() it at any time. Never
// blocks and never spins an event loop of its own, so the application's stays responsive;
// engagectl runs QCoreApplication's around it. The outcome is data: error() is empty after
// success, and each subclass has accessors for its result.
class ApiCommand : public QObject
{
    Q_OBJECT

public:
    ~ApiCommand() override;

    // At most once. finished() always follows, later, from the event loop.
    void start();
    // Stops every request in flight and finishes with ApiErrorKind::Canceled (finished() is
    // emitted before cancel() returns), unless the command had already finished.
    void cancel();

    bool isFinished() const { return m_finished; }
    const std::optional<ApiError>& error() const { return m_error; }

signals:
    // `done` out of `total` units of work (records of a list, parts of a pull).
    void progress(qint64 done, qint64 total);
    // A request of the command waits `remaining` before going on (see ApiRequest::waiting);
    // said once per wait, not once per request, when several requests wait together.
    void waiting(std::chrono::seconds remaining, engage::ApiWaitReason reason);
    void finished();

protected:
    ApiCommand(ApiClient& client, QObject* parent);

    ApiClient& client() const { return m_client; }
    // Sends its requests; called from the event loop once start() was called.
    virtual void run() = 0;

    // A request owned by this command and stopped with it; it is started at once.
    ApiRequest* send(ApiRequest::Method method, const QString& path);
    ApiRequest* send(ApiRequest::Method method, const QString& path, const QUrlQuery& query);
    ApiRequest* sendPut(const QString& path, const QByteArray& body, const QString& ifMatch);
    // Starts a command (a child of this one) that is part of this one; stopped with it.
    void startPart(ApiCommand& part);

    void succeed() { finish(std::nullopt); }
    void fail(const ApiError& error) { finish(error); }

    // "/communities/ID/messaging_settings" with the ID percent-encoded.
    static QString messagingSettingsPath(const QString& communityId);
    // "/communities/ID", "/identities/ID"...: a collection and one ID, percent-encoded.
    static QString recordPath(QStringView collection, const QString& id);

private:
    void begin();
    void finish(std::optional<ApiError> error);
    ApiRequest* started(ApiRequest* request);
    void relayWaiting(std::chrono::seconds remaining, ApiWaitReason reason);

    ApiClient& m_client;
    bool m_started = false;
    bool m_finished = false;
    std::optional<ApiError> m_error;
    // When the latest wait announced by waiting() ends, and why it was.
    std::chrono::steady_clock::time_point m_announcedWaitEnd;
    ApiWaitReason m_announcedReason = ApiWaitReason::Pace;
};

} // namespace engage
