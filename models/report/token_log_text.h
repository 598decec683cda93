#pragma once

#include "report/token_log_report.h"

#include <QCoreApplication>
#include <QString>

namespace engage {

// The report for people on a terminal (engagectl report --format text): totals, reasons,
// hints, keys, lifetimes, extra values and mapped fields, then the conclusions. Text read from
// the log is escaped with UntrustedText.
class TokenLogText
{
    Q_DECLARE_TR_FUNCTIONS(engage::TokenLogText)

public:
    static QString render(const TokenLogSummary& summary);

    // Shared with the HTML page: a Unix time as "2026-12-05 16:00:00 UTC (1764950400)".
    static QString unixTimeText(qint64 seconds);
    // "3600 s", or "-" when there is no value.
    static QString secondsText(std::optional<qint64> seconds);
    // "under 1 h", "1 h to 2 h", "24 h or more".
    static QString bandLabel(const TokenLogSummary::Lifetimes::Band& band);
    // A kid or key from the log, escaped and cut for display.
    static QString escapedForDisplay(const QString& untrusted);
};

} // namespace engage
