#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTimeZone;

namespace engage {

class JsonValue;

// The time claims of a decoded payload in words, for a person who reads a token: each of
// "exp", "iat" and "nbf" that holds a whole number of seconds, as a date in local time and in
// UTC and as a distance from now ("in 1 h 59 min", "expired 3 min ago"). The clock and the
// local time zone are parameters, so that the wording is the same in every test.
class TokenTimes
{
    Q_DECLARE_TR_FUNCTIONS(engage::TokenTimes)

public:
    // One line per time claim present, in the order exp, iat, nbf; none when the payload has
    // none or is not an object.
    static QStringList describe(const JsonValue& payload, qint64 nowUnixSeconds,
                                const QTimeZone& localZone);
    // A distance in time, rounded down to its two largest units: "2 d 3 h", "1 h 59 min",
    // "3 min", "45 s". Negative distances are described by their size.
    static QString duration(qint64 seconds);
};

} // namespace engage
