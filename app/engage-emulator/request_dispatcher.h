#pragma once

#include "admin_api.h"
#include "http_connection.h"
#include "http_message.h"
#include "request_log.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>

#include <deque>
#include <random>

namespace engage {

// The limits and faults the emulator applies, so that clients can be tested against a real
// domain's rules and a bad day.
struct FaultOptions
{
    int latencyMs = 0;        // every answer waits this long (without holding up the others)
    double failRate = 0;      // this share of requests gets 503
    double lockRate = 0;      // this share of requests gets 409 resource_locked
    int rateLimit = 500;      // API requests let through per sliding window (0: no limit)
    int rateWindowMs = 60000; // the window of the rate limit and of the peak statistic
    bool retryAfter = false;  // a 429 says when to come back, as a gateway might; Engage does not
    double dropRate = 0;      // this share of connections is closed in the middle of the answer
    quint32 seed = 0;         // the random draws, so that a failing run can be replayed
};

// Takes each request from the server, records it in the request log, draws its fate (rate
// limit first, then 503, then 409, then a dropped connection; a request given a fault is not
// processed), waits the latency on a timer and answers with the AdminApi. The rate limit is the
// public API's: past `rateLimit` requests let through in the last `rateWindowMs`, 429
// rate_limit_exceeded, without Retry-After unless asked; refused requests do not use up the
// allowance. It counts what it received, answered and injected and reports it at
// GET /_emulator/stats (outside the API's /1.0, without a token, never faulted, logged or
// counted), so that a test can tell that the faults it asked for happened and how fast a
// client really went.
class RequestDispatcher : public QObject
{
    Q_OBJECT

public:
    RequestDispatcher(AdminApi& api, const FaultOptions& faults, RequestLog& log,
                      QObject* parent = nullptr);

    void dispatch(engage::HttpConnection* connection, const engage::HttpRequest& request);

private:
    enum class Fault { None, RateLimited, Unavailable, Locked, Dropped };
    struct Counts
    {
        int requests = 0; // API requests received, faulted or not
        int answered = 0; // requests that reached the API
        int rateLimited = 0;
        int unavailable = 0;
        int locked = 0;
        int dropped = 0;
        int peakPerWindow = 0; // the most requests received within any rateWindowMs
    };

    void countReceived(qint64 now);
    Fault drawFault(qint64 now);
    void respond(HttpConnection& connection, const HttpRequest& request, Fault fault);
    HttpResponse rateLimited() const;
    HttpResponse statistics() const;

    AdminApi& m_api;
    FaultOptions m_faults;
    RequestLog& m_log;
    std::mt19937 m_random;
    QElapsedTimer m_clock;
    std::deque<qint64> m_received; // when the requests of the last window arrived (ms)
    std::deque<qint64> m_let;      // when the requests let through the limit arrived (ms)
    Counts m_counts;
};

} // namespace engage
