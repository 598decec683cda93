#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

namespace engage {

// When to try a request again. Only transient failures are retried (409 locked, 429, 502, 503,
// 504, timeouts, refused and dropped connections), and only for GETs and conditional PUTs, whose
// repetition cannot apply a change twice.
struct RetryPolicy
{
    int maxAttempts = 5; // the first attempt included
    std::chrono::milliseconds initialDelay{250};
    std::chrono::milliseconds maxDelay{8000};
    // A server asking for a longer pause than this is waited for only this long.
    std::chrono::milliseconds maxRetryAfter{30000};
    // A request refused for the server's rate limit (429) is not retried by attempts but for a
    // time: until this many rate windows (RequestPaceSettings::window) have passed since its
    // first refusal. Pages in flight together may each meet the limit more than once.
    int rateLimitWindows = 3;
    // A number in [0, 1) for each delay; unset draws from QRandomGenerator. Tests fix it.
    std::function<double()> random;

    // The pause before retry number `retry` (1 before the second attempt): exponential
    // backoff from initialDelay, capped at maxDelay, half of it fixed and half random so that
    // clients that failed together do not come back together. A Retry-After pause is honoured
    // (up to maxRetryAfter) when it is longer.
    std::chrono::milliseconds
    delayBefore(int retry, std::optional<std::chrono::milliseconds> retryAfter) const;

    // Retry-After (RFC 9110 §10.2.3): delay-seconds or an HTTP-date, relative to `now`.
    // std::nullopt when the value is neither.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(QByteArrayView value,
                                                                    const QDateTime& now);
};

} // namespace engage
