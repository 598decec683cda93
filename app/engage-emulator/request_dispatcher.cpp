#include "request_dispatcher.h"

#include "json/json_value.h"
#include "json/json_writer.h"

#include <QTimer>

namespace engage {

RequestDispatcher::RequestDispatcher(AdminApi& api, const FaultOptions& faults, QObject* parent)
    : QObject(parent), m_api(api), m_faults(faults), m_random(faults.seed)
{
    m_window.start();
}

void RequestDispatcher::dispatch(HttpConnection* connection, const HttpRequest& request)
{
    if (request.method == "GET" &&
        request.pathSegments() ==
            QStringList{QStringLiteral("_emulator"), QStringLiteral("stats")}) {
        connection->answer(statistics());
        return;
    }
    const Fault fault = drawFault();
    if (m_faults.latencyMs <= 0) {
        respond(*connection, request, fault);
        return;
    }
    // The connection is the timer's context: if the client leaves first, nothing is answered.
    QTimer::singleShot(m_faults.latencyMs, connection, [this, connection, request, fault] {
        respond(*connection, request, fault);
    });
}

RequestDispatcher::Fault RequestDispatcher::drawFault()
{
    if (m_faults.rateLimit > 0) {
        if (m_window.elapsed() >= 1000) {
            m_window.restart();
            m_requestsInWindow = 0;
        }
        if (++m_requestsInWindow > m_faults.rateLimit)
            return Fault::RateLimited;
    }
    std::uniform_real_distribution<double> draw(0.0, 1.0);
    if (m_faults.failRate > 0 && draw(m_random) < m_faults.failRate)
        return Fault::Unavailable;
    if (m_faults.dropRate > 0 && draw(m_random) < m_faults.dropRate)
        return Fault::Dropped;
    return Fault::None;
}

int RequestDispatcher::secondsLeftInWindow() const
{
    const qint64 left = 1000 - m_window.elapsed();
    return static_cast<int>(std::max<qint64>(1, (left + 999) / 1000));
}

void RequestDispatcher::respond(HttpConnection& connection, const HttpRequest& request, Fault fault)
{
    switch (fault) {
    case Fault::None:
        ++m_counts.answered;
        connection.answer(m_api.answer(request));
        return;
    case Fault::RateLimited: {
        ++m_counts.rateLimited;
        HttpResponse limited = HttpResponse::error(
            429, tr("Too many requests: the limit is %1 per second.").arg(m_faults.rateLimit));
        limited.headers.emplaceBack("Retry-After", QByteArray::number(secondsLeftInWindow()));
        connection.answer(limited);
        return;
    }
    case Fault::Unavailable:
        ++m_counts.unavailable;
        connection.answer(
            HttpResponse::error(503, tr("The service is unavailable (injected failure).")));
        return;
    case Fault::Dropped:
        ++m_counts.dropped;
        // What is cut is a plausible answer; the request itself was not processed.
        connection.answerAndDrop(HttpResponse::json(
            200,
            QByteArrayLiteral("{\"count\":0,\"records\":[],\"note\":\"this answer is cut\"}")));
        return;
    }
}

HttpResponse RequestDispatcher::statistics() const
{
    const auto number = [](int value) { return JsonValue::makeNumber(QString::number(value)); };
    return HttpResponse::json(200,
                              toCompactJson(JsonValue::makeObject(
                                  {{QStringLiteral("answered"), number(m_counts.answered)},
                                   {QStringLiteral("rate_limited"), number(m_counts.rateLimited)},
                                   {QStringLiteral("unavailable"), number(m_counts.unavailable)},
                                   {QStringLiteral("dropped"), number(m_counts.dropped)}})));
}

} // namespace engage
