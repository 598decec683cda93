#include "api/api_command.h"

#include "api/api_client.h"

#include <QUrl>

namespace engage {

ApiCommand::ApiCommand(ApiClient& client, QObject* parent) : QObject(parent), m_client(client) {}

ApiCommand::~ApiCommand() = default;

void ApiCommand::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(this, &ApiCommand::begin, Qt::QueuedConnection);
}

void ApiCommand::begin()
{
    if (m_finished)
        return;
    if (m_client.setupError())
        fail(*m_client.setupError());
    else
        run();
}

void ApiCommand::cancel()
{
    finish(ApiErrors::canceled());
}

ApiRequest* ApiCommand::send(ApiRequest::Method method, const QString& path)
{
    return started(new ApiRequest(m_client, method, path, this));
}

ApiRequest* ApiCommand::send(ApiRequest::Method method, const QString& path, const QUrlQuery& query)
{
    auto* request = new ApiRequest(m_client, method, path, this);
    request->setQuery(query);
    return started(request);
}

ApiRequest* ApiCommand::sendPut(const QString& path, const QByteArray& body, const QString& ifMatch)
{
    auto* request = new ApiRequest(m_client, ApiRequest::Method::Put, path, this);
    request->setBody(body, ifMatch);
    return started(request);
}

ApiRequest* ApiCommand::started(ApiRequest* request)
{
    connect(request, &ApiRequest::waiting, this, &ApiCommand::relayWaiting);
    // The caller connects to finished() right after: the request answers from the event loop.
    QMetaObject::invokeMethod(request, &ApiRequest::start, Qt::QueuedConnection);
    return request;
}

void ApiCommand::startPart(ApiCommand& part)
{
    Q_ASSERT(part.parent() == this);
    connect(&part, &ApiCommand::waiting, this, &ApiCommand::relayWaiting);
    part.start();
}

void ApiCommand::relayWaiting(std::chrono::seconds remaining, ApiWaitReason reason)
{
    // Pages in flight meet the same limit together, and past the pace every request waits its
    // turn: nothing more is said while an announced wait for the same reason runs, nor for a
    // wait that ends within a second of it.
    const auto now = std::chrono::steady_clock::now();
    const auto end = now + remaining;
    const bool announcedWaitRuns = now < m_announcedWaitEnd && reason == m_announcedReason;
    if (announcedWaitRuns || end < m_announcedWaitEnd + std::chrono::seconds(1))
        return;
    m_announcedWaitEnd = end;
    m_announcedReason = reason;
    emit waiting(remaining, reason);
}

QString ApiCommand::messagingSettingsPath(const QString& communityId)
{
    return recordPath(u"communities", communityId) + QStringLiteral("/messaging_settings");
}

QString ApiCommand::recordPath(QStringView collection, const QString& id)
{
    return QLatin1Char('/') + collection.toString() + QLatin1Char('/') +
           QString::fromLatin1(QUrl::toPercentEncoding(id));
}

void ApiCommand::finish(std::optional<ApiError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    // Whatever is still under way is no longer wanted.
    for (ApiRequest* request : findChildren<ApiRequest*>(Qt::FindDirectChildrenOnly)) {
        disconnect(request, nullptr, this, nullptr);
        request->abort();
        request->deleteLater();
    }
    for (ApiCommand* part : findChildren<ApiCommand*>(Qt::FindDirectChildrenOnly)) {
        disconnect(part, nullptr, this, nullptr);
        part->cancel();
    }
    emit finished();
}

} // namespace engage
