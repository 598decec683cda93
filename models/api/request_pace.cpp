#include "api/request_pace.h"

#include <QHash>
#include <QMutexLocker>

#include <algorithm>

namespace engage {

using std::chrono::milliseconds;

RequestPace::RequestPace(const RequestPaceSettings& settings, Clock clock)
    : m_settings{std::max(1, settings.maxRequests), std::max(milliseconds(1), settings.window)},
      m_clock(std::move(clock))
{
}

std::shared_ptr<RequestPace> RequestPace::forServer(const QString& origin,
                                                    const RequestPaceSettings& settings)
{
    // Weak: the pace of a server goes away with its last client.
    static QMutex registryMutex;
    static QHash<QString, std::weak_ptr<RequestPace>> registry;
    const QMutexLocker locker(&registryMutex);
    registry.removeIf([](const auto& entry) { return entry.value().expired(); });
    std::weak_ptr<RequestPace>& entry = registry[origin];
    std::shared_ptr<RequestPace> pace = entry.lock();
    if (!pace) {
        pace = std::make_shared<RequestPace>(settings);
        entry = pace;
    }
    return pace;
}

milliseconds RequestPace::now() const
{
    if (m_clock)
        return m_clock();
    return std::chrono::duration_cast<milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
}

milliseconds RequestPace::spacing() const
{
    // The server counts requests as they arrive, and one may arrive later than it left (the
    // first on a new connection waits for its handshake) while the one a window after it
    // goes out on a warm connection: slots exactly a window apart would then arrive less than
    // a window apart, one request too many for the server. A twentieth of the window (3 s of
    // the public API's minute) covers that delay.
    return m_settings.window + m_settings.window / 20;
}

milliseconds RequestPace::reserve()
{
    const QMutexLocker locker(&m_mutex);
    const milliseconds current = now();
    // Never before an earlier slot: requests leave in the order they asked.
    milliseconds slot = std::max(current, m_heldUntil);
    if (!m_slots.empty())
        slot = std::max(slot, m_slots.back());
    const auto limit = static_cast<std::size_t>(m_settings.maxRequests);
    // With the slots in order, a window holds at most maxRequests of them exactly when each
    // slot is a whole window (and the margin) after the one maxRequests before it.
    if (m_slots.size() >= limit)
        slot = std::max(slot, m_slots[m_slots.size() - limit] + spacing());
    m_slots.push_back(slot);
    while (m_slots.size() > limit)
        m_slots.pop_front();
    return slot - current;
}

milliseconds RequestPace::waitForWindow()
{
    const QMutexLocker locker(&m_mutex);
    const milliseconds current = now();
    const auto oldestInWindow =
        std::find_if(m_slots.begin(), m_slots.end(),
                     [&](const milliseconds slot) { return slot > current - spacing(); });
    // None in the window: the limit was reached by others (another process, another tool).
    const milliseconds wait =
        oldestInWindow == m_slots.end()
            ? m_settings.window
            : std::min(m_settings.window, *oldestInWindow + spacing() - current);
    m_heldUntil = std::max(m_heldUntil, current + wait);
    return wait;
}

void RequestPace::holdFor(milliseconds pause)
{
    const QMutexLocker locker(&m_mutex);
    m_heldUntil = std::max(m_heldUntil, now() + pause);
}

} // namespace engage
