#include "api/retry_policy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QString>

#include <algorithm>

namespace engage {

std::chrono::milliseconds
RetryPolicy::delayBefore(int retry, std::optional<std::chrono::milliseconds> retryAfter) const
{
    using std::chrono::milliseconds;
    // Doubling stops at the cap; the shift is bounded so that it can never overflow.
    const int doublings = std::clamp(retry - 1, 0, 30);
    const milliseconds::rep exponential =
        initialDelay.count() * (milliseconds::rep{1} << doublings);
    const milliseconds::rep capped = std::min(exponential, maxDelay.count());
    const double draw = random ? random() : QRandomGenerator::global()->generateDouble();
    const milliseconds backoff(capped / 2 +
                               static_cast<milliseconds::rep>(std::clamp(draw, 0.0, 1.0) *
                                                              static_cast<double>(capped / 2)));
    if (!retryAfter)
        return backoff;
    return std::max(backoff, std::min(*retryAfter, maxRetryAfter));
}

std::optional<std::chrono::milliseconds> RetryPolicy::parseRetryAfter(QByteArrayView value,
                                                                      const QDateTime& now)
{
    const QString text = QString::fromLatin1(value).trimmed();
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber && !text.startsWith(QLatin1Char('-')) && !text.startsWith(QLatin1Char('+')))
        return std::chrono::milliseconds(std::min<qint64>(seconds, 24 * 3600) * 1000);
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"; English names whatever the locale.
    const QDateTime local =
        QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!local.isValid())
        return std::nullopt;
    const QDateTime date(local.date(), local.time(), Qt::UTC);
    return std::chrono::milliseconds(std::max<qint64>(now.msecsTo(date), 0));
}

} // namespace engage
