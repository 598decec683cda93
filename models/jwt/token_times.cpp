#include "jwt/token_times.h"

#include "json/json_value.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstdlib>
#include <optional>

namespace engage {

namespace {

constexpr qint64 secondsPerMinute = 60;
constexpr qint64 secondsPerHour = 60 * secondsPerMinute;
constexpr qint64 secondsPerDay = 24 * secondsPerHour;

// ISO 8601 order, which reads the same in every language and sorts as it should.
const QString dateFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

std::optional<qint64> secondsOf(const JsonValue& payload, QStringView claim)
{
    const JsonValue* value = payload.member(claim);
    return value && value->isNumber() ? value->toInteger() : std::nullopt;
}

} // namespace

QStringList TokenTimes::describe(const JsonValue& payload, qint64 nowUnixSeconds,
                                 const QTimeZone& localZone)
{
    QStringList lines;
    const auto add = [&](QStringView claim, const QString& pastSentence,
                         const QString& futureSentence) {
        const std::optional<qint64> seconds = secondsOf(payload, claim);
        if (!seconds)
            return;
        const QDateTime moment = QDateTime::fromSecsSinceEpoch(*seconds, QTimeZone::utc());
        const QString local = moment.toTimeZone(localZone).toString(dateFormat);
        const QString utc = moment.toString(dateFormat);
        const qint64 distance = *seconds - nowUnixSeconds;
        const QString sentence = distance <= 0 ? pastSentence : futureSentence;
        lines << sentence.arg(local, utc, duration(distance));
    };
    add(u"exp", tr("Expires (exp): %1 local time, %2 UTC \u2014 expired %3 ago."),
        tr("Expires (exp): %1 local time, %2 UTC \u2014 in %3."));
    add(u"iat", tr("Issued (iat): %1 local time, %2 UTC \u2014 %3 ago."),
        tr("Issued (iat): %1 local time, %2 UTC \u2014 in %3, in the future."));
    add(u"nbf", tr("Valid from (nbf): %1 local time, %2 UTC \u2014 %3 ago."),
        tr("Valid from (nbf): %1 local time, %2 UTC \u2014 in %3, not yet valid."));
    return lines;
}

QString TokenTimes::duration(qint64 seconds)
{
    const qint64 size = std::llabs(seconds);
    const qint64 days = size / secondsPerDay;
    const qint64 hours = size % secondsPerDay / secondsPerHour;
    const qint64 minutes = size % secondsPerHour / secondsPerMinute;
    if (days > 0)
        return hours > 0 ? tr("%1 d %2 h").arg(days).arg(hours) : tr("%1 d").arg(days);
    if (hours > 0)
        return minutes > 0 ? tr("%1 h %2 min").arg(hours).arg(minutes) : tr("%1 h").arg(hours);
    if (minutes > 0)
        return tr("%1 min").arg(minutes);
    return tr("%1 s").arg(size);
}

} // namespace engage
