#pragma once

#include "api/api_contract.h"

#include <QMutex>
#include <QString>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>

namespace engage {

// How many requests may go to one server per window: by default the public API's limit, from
// the API contract (500 a minute, docs/api.md). Tests shorten the window.
struct RequestPaceSettings
{
    int maxRequests = ApiContract::builtIn().limits().requestsPerWindow;
    std::chrono::milliseconds window = ApiContract::builtIn().limits().window;
};

// The client's side of a server's rate limit. Every request takes a slot before it is sent;
// no window of `window` holds more than `maxRequests` slots, and slots are handed out in order,
// so a request beyond the limit waits for the oldest slot of its window to leave it. After a
// 429, every request of the process to that server waits as well. Thread-safe: the clients of
// one server share one pace (forServer), whatever thread they live in.
class RequestPace
{
public:
    // Monotonic time; the default is std::chrono::steady_clock. Tests drive their own.
    using Clock = std::function<std::chrono::milliseconds()>;

    explicit RequestPace(const RequestPaceSettings& settings, Clock clock = {});

    // The pace shared by every client of this process that talks to `origin`
    // (ServerUrl::originOf). The first client's settings hold while any client keeps it.
    static std::shared_ptr<RequestPace> forServer(const QString& origin,
                                                  const RequestPaceSettings& settings);

    const RequestPaceSettings& settings() const { return m_settings; }

    // Takes the next slot: how long to wait before sending (zero: at once). The slot is the
    // caller's from now on, so a request must be sent when the wait is over.
    std::chrono::milliseconds reserve();
    // The server refused a request for its rate limit without saying for how long: the wait
    // until the oldest of this process's requests of the current window has left it (at most
    // the window), during which no request to that server is sent.
    std::chrono::milliseconds waitForWindow();
    // The server asked for a pause (Retry-After): no request leaves before it has passed.
    void holdFor(std::chrono::milliseconds pause);

private:
    std::chrono::milliseconds now() const;
    // How far apart a slot is from the one maxRequests before it: the window and a margin.
    std::chrono::milliseconds spacing() const;

    const RequestPaceSettings m_settings;
    const Clock m_clock;
    QMutex m_mutex;
    std::deque<std::chrono::milliseconds> m_slots; // the latest maxRequests slots, in order
    std::chrono::milliseconds m_heldUntil{0};
};

} // namespace engage
