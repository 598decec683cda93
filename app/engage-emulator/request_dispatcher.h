#pragma once

#include "admin_api.h"
#include "http_connection.h"
#include "http_message.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>

#include <random>

namespace engage {

// The faults the emulator injects, so that clients can be tested against a bad day.
struct FaultOptions
{
    int latencyMs = 0;   // every answer waits this long (without holding up the others)
    double failRate = 0; // this share of requests gets 503
    int rateLimit = 0;   // requests per second; beyond, 429 with Retry-After (0: no limit)
    double dropRate = 0; // this share of connections is closed in the middle of the answer
    quint32 seed = 0;    // the random draws, so that a failing run can be replayed
};

// Takes each request from the server, draws its fate (rate limit first, then 503, then a
// dropped connection; a request given a fault is not processed), waits the latency on a
// timer and answers with the AdminApi. It counts the answers and the faults it gave and reports
// them at GET /_emulator/stats (outside the API's /1.0, without a token, never faulted), so that
// a test can tell that the faults it asked for really happened.
class RequestDispatcher : public QObject
{
    Q_OBJECT

public:
    RequestDispatcher(AdminApi& api, const FaultOptions& faults, QObject* parent = nullptr);

    void dispatch(engage::HttpConnection* connection, const engage::HttpRequest& request);

private:
    enum class Fault { None, RateLimited, Unavailable, Dropped };
    struct Counts
    {
        int answered = 0; // requests that reached the API
        int rateLimited = 0;
        int unavailable = 0;
        int dropped = 0;
    };

    Fault drawFault();
    void respond(HttpConnection& connection, const HttpRequest& request, Fault fault);
    int secondsLeftInWindow() const;
    HttpResponse statistics() const;

    AdminApi& m_api;
    FaultOptions m_faults;
    std::mt19937 m_random;
    QElapsedTimer m_window;
    int m_requestsInWindow = 0;
    Counts m_counts;
};

} // namespace engage
