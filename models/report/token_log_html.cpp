#include "token_log_html.h"

#include "report/token_log_text.h"
#include "text/untrusted_text.h"

#include <QList>

#include <algorithm>

namespace engage {

namespace {

// Text for an HTML text node or attribute value.
QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;"));
}

// One bar of a chart: a label and one or two segments (accepted, rejected).
struct Bar
{
    QString label; // already escaped for display and short, not yet escaped for HTML
    qint64 first = 0;
    qint64 second = 0;
};

constexpr int chartWidth = 640;
constexpr int labelWidth = 220;
constexpr int barArea = 320;
constexpr int rowHeight = 24;
constexpr qsizetype chartLabelLength = 30; // what fits in labelWidth

// A horizontal bar chart as inline SVG; `firstClass` and `secondClass` colour the segments.
QString barChart(const QString& title, const QList<Bar>& bars, const QString& firstClass,
                 const QString& secondClass)
{
    qint64 largest = 1;
    for (const Bar& bar : bars)
        largest = std::max(largest, bar.first + bar.second);
    const int height = rowHeight * static_cast<int>(std::max<qsizetype>(bars.size(), 1)) + 8;
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
                                 "width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\">"
                                 "<title>%3</title>")
                      .arg(chartWidth)
                      .arg(height)
                      .arg(escaped(title));
    int y = 4;
    for (const Bar& bar : bars) {
        const auto widthOf = [largest](qint64 value) {
            return static_cast<int>(static_cast<double>(value) * barArea /
                                    static_cast<double>(largest));
        };
        const int firstWidth = widthOf(bar.first);
        const int secondWidth = widthOf(bar.second);
        svg +=
            QStringLiteral("<text x=\"0\" y=\"%1\">%2</text>").arg(y + 16).arg(escaped(bar.label));
        svg += QStringLiteral("<rect class=\"%1\" x=\"%2\" y=\"%3\" width=\"%4\" height=\"18\"/>")
                   .arg(firstClass)
                   .arg(labelWidth)
                   .arg(y)
                   .arg(firstWidth);
        if (!secondClass.isEmpty())
            svg +=
                QStringLiteral("<rect class=\"%1\" x=\"%2\" y=\"%3\" width=\"%4\" height=\"18\"/>")
                    .arg(secondClass)
                    .arg(labelWidth + firstWidth)
                    .arg(y)
                    .arg(secondWidth);
        const QString value = secondClass.isEmpty()
                                  ? QString::number(bar.first)
                                  : QStringLiteral("%1 / %2").arg(bar.first).arg(bar.second);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>")
                   .arg(labelWidth + firstWidth + secondWidth + 6)
                   .arg(y + 16)
                   .arg(escaped(value));
        y += rowHeight;
    }
    svg += QStringLiteral("</svg>");
    return svg;
}

// A table row of cells, each escaped.
QString row(const QStringList& cells, const QString& tag = QStringLiteral("td"))
{
    QString html = QStringLiteral("<tr>");
    for (const QString& cell : cells)
        html += QStringLiteral("<%1>%2</%1>").arg(tag, escaped(cell));
    return html + QStringLiteral("</tr>\n");
}

QString optionalTime(std::optional<qint64> seconds)
{
    return seconds ? TokenLogText::unixTimeText(*seconds) : TokenLogHtml::tr("none");
}

} // namespace

QByteArray TokenLogHtml::render(const TokenLogSummary& summary, const QString& title)
{
    QString html;
    html += QStringLiteral(
        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
        "<meta charset=\"utf-8\"/>\n");
    html +=
        QStringLiteral("<title>%1</title>\n")
            .arg(escaped(tr("Token log report: %1").arg(UntrustedText::forDisplay(title, 120))));
    html += QStringLiteral(
        "<style>\n"
        "body { font-family: sans-serif; color: #000; background: #fff; max-width: 60em; "
        "margin: 1em auto; padding: 0 1em; }\n"
        "table { border-collapse: collapse; margin: 0.5em 0 1em; }\n"
        "th, td { border: 1px solid #888; padding: 0.2em 0.6em; text-align: left; }\n"
        "td.n { text-align: right; }\n"
        "svg text { font: 12px sans-serif; fill: #000; }\n"
        "rect.accepted { fill: #3a7d44; } rect.rejected { fill: #c0392b; } "
        "rect.neutral { fill: #2c5f8a; }\n"
        "ul.conclusions li { margin: 0.3em 0; font-weight: bold; }\n"
        "section { page-break-inside: avoid; break-inside: avoid; }\n"
        "@media print { body { margin: 0; max-width: none; } "
        "rect { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }\n"
        "</style>\n</head>\n<body>\n");
    html +=
        QStringLiteral("<h1>%1</h1>\n")
            .arg(escaped(tr("Token log report: %1").arg(UntrustedText::forDisplay(title, 120))));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(escaped(tr("%1 tokens, %2 accepted, %3 rejected.")
                                 .arg(summary.tokens)
                                 .arg(summary.accepted)
                                 .arg(summary.rejected)));

    html += QStringLiteral("<section>\n<h2>%1</h2>\n<ul class=\"conclusions\">\n")
                .arg(escaped(tr("Conclusions")));
    for (const QString& conclusion : summary.conclusions)
        html += QStringLiteral("<li>%1</li>\n").arg(escaped(conclusion));
    if (summary.error)
        html += QStringLiteral("<li>%1</li>\n").arg(escaped(*summary.error));
    html += QStringLiteral("</ul>\n</section>\n");

    // Verdicts per kid: a chart, then the table with every figure.
    QList<Bar> kidBars;
    for (const TokenLogSummary::KidCount& kid : summary.kids)
        kidBars.append(
            {UntrustedText::forDisplay(kid.kid, chartLabelLength), kid.accepted, kid.rejected});
    html += QStringLiteral("<section>\n<h2>%1</h2>\n")
                .arg(escaped(tr("Verdicts per kid (accepted / rejected)")));
    html += barChart(tr("Accepted and rejected tokens per kid"), kidBars,
                     QStringLiteral("accepted"), QStringLiteral("rejected"));
    html += QStringLiteral("\n<table>\n");
    html += row({tr("kid"), tr("configured"), tr("tokens"), tr("accepted"), tr("rejected"),
                 tr("valid signature"), tr("latest exp")},
                QStringLiteral("th"));
    for (const TokenLogSummary::KidCount& kid : summary.kids)
        html += row(
            {TokenLogText::escapedForDisplay(kid.kid), kid.configured ? tr("yes") : tr("no"),
             kid.error == 0 ? QString::number(kid.tokens) : tr("at most %1").arg(kid.tokens),
             QString::number(kid.accepted),
             kid.error == 0 ? QString::number(kid.rejected) : tr("at most %1").arg(kid.rejected),
             kid.configured ? QString::number(kid.signatureValid) : QStringLiteral("-"),
             optionalTime(kid.latestExp)});
    html += QStringLiteral("</table>\n<p>%1</p>\n</section>\n")
                .arg(escaped(tr("Tokens naming a key that is not configured: %1. Tokens without "
                                "a readable kid: %2.")
                                 .arg(summary.unknownKidTokens)
                                 .arg(summary.tokensWithoutKid)));

    QList<Bar> reasonBars;
    for (const TokenLogSummary::ReasonCount& reason : summary.reasons)
        reasonBars.append({jwtReasonName(reason.reason), reason.tokens, 0});
    html += QStringLiteral("<section>\n<h2>%1</h2>\n").arg(escaped(tr("Rejection reasons")));
    html += barChart(tr("Rejected tokens by reason"), reasonBars, QStringLiteral("rejected"),
                     QString());
    html += QStringLiteral("\n<table>\n");
    html += row({tr("hint"), tr("tokens")}, QStringLiteral("th"));
    for (const TokenLogSummary::HintCount& hint : summary.hints)
        html += row({jwtHintName(hint.code), QString::number(hint.tokens)});
    html += QStringLiteral("</table>\n</section>\n");

    const TokenLogSummary::Lifetimes& lifetimes = summary.lifetimes;
    QList<Bar> lifetimeBars;
    for (const TokenLogSummary::Lifetimes::Band& band : lifetimes.bands)
        lifetimeBars.append({TokenLogText::bandLabel(band), band.tokens, 0});
    html +=
        QStringLiteral("<section>\n<h2>%1</h2>\n").arg(escaped(tr("Token lifetimes (exp - iat)")));
    html += barChart(tr("Tokens by lifetime"), lifetimeBars, QStringLiteral("neutral"), QString());
    html += QStringLiteral("\n<p>%1</p>\n</section>\n")
                .arg(escaped(tr("Over %1 tokens: minimum %2, median %3, maximum %4. Without "
                                "iat (lifetime unknown): %5. With exp before iat: %6.")
                                 .arg(lifetimes.measured)
                                 .arg(TokenLogText::secondsText(lifetimes.minimum),
                                      TokenLogText::secondsText(lifetimes.median),
                                      TokenLogText::secondsText(lifetimes.maximum))
                                 .arg(lifetimes.withoutIat)
                                 .arg(lifetimes.expBeforeIat)));

    html +=
        QStringLiteral("<section>\n<h2>%1</h2>\n<table>\n").arg(escaped(tr("extra_values keys")));
    html += row({tr("key"), tr("mapped"), tr("tokens")}, QStringLiteral("th"));
    for (const TokenLogSummary::ExtraValueKeyCount& key : summary.extraValueKeys)
        html +=
            row({TokenLogText::escapedForDisplay(key.key), key.mapped ? tr("yes") : tr("no"),
                 key.error == 0 ? QString::number(key.tokens) : tr("at most %1").arg(key.tokens)});
    html +=
        QStringLiteral("</table>\n<h2>%1</h2>\n<table>\n")
            .arg(escaped(tr("Mapped fields filled, of %1 accepted tokens").arg(summary.accepted)));
    html += row({tr("key"), tr("field"), tr("filled")}, QStringLiteral("th"));
    for (const TokenLogSummary::MappedFieldCount& field : summary.mappedFields)
        html += row({TokenLogText::escapedForDisplay(field.key),
                     TokenLogText::escapedForDisplay(field.field), QString::number(field.filled)});
    html += QStringLiteral("</table>\n</section>\n</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace engage
