#include "request_dispatcher.h"

#include "json/json_value.h"
#include "json/json_writer.h"

#include <QTimer>

namespace engage {

namespace {

// Forgets the times that left the window ending at `now`.
void slideWindow(std::deque<qint64>& times, qint64 now, int windowMs)
{
    while (!times.empty() && times.front() <= now - windowMs)
        times.pop_front();
}

} // namespace

RequestDispatcher::RequestDispatcher(AdminApi& api, const FaultOptions& faults, RequestLog& log,
                                     QObject* parent)
    : QObject(parent), m_api(api), m_faults(faults), m_log(log), m_random(faults.seed)
{
    m_clock.start();
}

void RequestDispatcher::dispatch(HttpConnection* connection, const HttpRequest& request)
{
    if (request.method == "GET" &&
        request.pathSegments() ==
            QStringList{QStringLiteral("_emulator"), QStringLiteral("stats")}) {
        connection->answer(statistics());
        return;
    }
    m_log.record(request);
    const qint64 now = m_clock.elapsed();
    countReceived(now);
    const Fault fault = drawFault(now);
    if (m_faults.latencyMs <= 0) {
        respond(*connection, request, fault);
        return;
    }
    // The connection is the timer's context: if the client leaves first, nothing is answered.
    QTimer::singleShot(m_faults.latencyMs, connection, [this, connection, request, fault] {
        respond(*connection, request, fault);
    });
}

void RequestDispatcher::countReceived(qint64 now)
{
    ++m_counts.requests;
    slideWindow(m_received, now, m_faults.rateWindowMs);
    m_received.push_back(now);
    m_counts.peakPerWindow = std::max(m_counts.peakPerWindow, static_cast<int>(m_received.size()));
}

RequestDispatcher::Fault RequestDispatcher::drawFault(qint64 now)
{
    if (m_faults.rateLimit > 0) {
        slideWindow(m_let, now, m_faults.rateWindowMs);
        if (static_cast<qint64>(m_let.size()) >= m_faults.rateLimit)
            return Fault::RateLimited;
        m_let.push_back(now);
    }
    std::uniform_real_distribution<double> draw(0.0, 1.0);
    if (m_faults.failRate > 0 && draw(m_random) < m_faults.failRate)
        return Fault::Unavailable;
    if (m_faults.lockRate > 0 && draw(m_random) < m_faults.lockRate)
        return Fault::Locked;
    if (m_faults.dropRate > 0 && draw(m_random) < m_faults.dropRate)
        return Fault::Dropped;
    return Fault::None;
}

HttpResponse RequestDispatcher::rateLimited() const
{
    HttpResponse limited = HttpResponse::error(
        429, "rate_limit_exceeded",
        tr("Rate limit exceeded: at most %1 requests in %2 ms. Wait for the window to pass.")
            .arg(m_faults.rateLimit)
            .arg(m_faults.rateWindowMs));
    if (m_faults.retryAfter) {
        // When the oldest request let through leaves the window, there is room again.
        const qint64 leftMs = m_let.front() + m_faults.rateWindowMs - m_clock.elapsed();
        limited.headers.emplaceBack("Retry-After",
                                    QByteArray::number(std::max<qint64>(1, (leftMs + 999) / 1000)));
    }
    return limited;
}

void RequestDispatcher::respond(HttpConnection& connection, const HttpRequest& request, Fault fault)
{
    switch (fault) {
    case Fault::None:
        ++m_counts.answered;
        connection.answer(m_api.answer(request));
        return;
    case Fault::RateLimited:
        ++m_counts.rateLimited;
        connection.answer(rateLimited());
        return;
    case Fault::Unavailable:
        ++m_counts.unavailable;
        connection.answer(HttpResponse::error(
            503, "service_unavailable", tr("The service is unavailable (injected failure).")));
        return;
    case Fault::Locked:
        ++m_counts.locked;
        connection.answer(HttpResponse::error(
            409, "resource_locked",
            tr("The resource is locked by another request (injected failure): try again.")));
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
    return HttpResponse::json(
        200, toCompactJson(JsonValue::makeObject(
                 {{QStringLiteral("requests"), number(m_counts.requests)},
                  {QStringLiteral("answered"), number(m_counts.answered)},
                  {QStringLiteral("rate_limited"), number(m_counts.rateLimited)},
                  {QStringLiteral("unavailable"), number(m_counts.unavailable)},
                  {QStringLiteral("locked"), number(m_counts.locked)},
                  {QStringLiteral("dropped"), number(m_counts.dropped)},
                  {QStringLiteral("peak_requests_per_window"), number(m_counts.peakPerWindow)}})));
}

} // namespace engage
