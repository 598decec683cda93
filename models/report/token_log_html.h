#pragma once

#include "report/token_log_report.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace engage {

// The report as one self-contained page (engagectl report --format html, the application's
// Save as HTML): inline CSS, inline SVG bar charts (verdicts per kid, rejection reasons,
// lifetimes), no script, nothing fetched. Written as well-formed XHTML, so that an XML reader
// parses it; every text from the log is escaped for display and then for HTML. Readable printed:
// black text on white, each figure also written as a number beside its bar.
class TokenLogHtml
{
    Q_DECLARE_TR_FUNCTIONS(engage::TokenLogHtml)

public:
    // `title` names what was read (a file name), shown escaped.
    static QByteArray render(const TokenLogSummary& summary, const QString& title);
};

} // namespace engage
