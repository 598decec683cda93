#include "token_log_text.h"

#include "text/untrusted_text.h"

#include <QDateTime>
#include <QTextStream>

namespace engage {

namespace {

constexpr qsizetype shownLength = 80;
constexpr qint64 secondsPerHourOfLifetime = 3600;

QString hoursText(qint64 seconds)
{
    return TokenLogText::tr("%1 h").arg(seconds / secondsPerHourOfLifetime);
}

// "label: 12", one pattern so that a translation spaces the colon as its language does.
QString countLine(const QString& label, qint64 tokens)
{
    return TokenLogText::tr("%1: %2").arg(label).arg(tokens);
}

} // namespace

QString TokenLogText::escapedForDisplay(const QString& untrusted)
{
    return UntrustedText::forDisplay(untrusted, shownLength);
}

QString TokenLogText::unixTimeText(qint64 seconds)
{
    const QDateTime time = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    if (!time.isValid() || time.date().year() > 9999 || time.date().year() < 1)
        return QString::number(seconds);
    return tr("%1 UTC (%2)").arg(time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))).arg(seconds);
}

QString TokenLogText::secondsText(std::optional<qint64> seconds)
{
    return seconds ? tr("%1 s").arg(*seconds) : QStringLiteral("-");
}

QString TokenLogText::bandLabel(const TokenLogSummary::Lifetimes::Band& band)
{
    if (band.fromSeconds == 0 && band.toSeconds)
        return tr("under %1").arg(hoursText(*band.toSeconds));
    if (!band.toSeconds)
        return tr("%1 or more").arg(hoursText(band.fromSeconds));
    return tr("%1 to %2").arg(hoursText(band.fromSeconds), hoursText(*band.toSeconds));
}

QString TokenLogText::render(const TokenLogSummary& summary)
{
    QString text;
    QTextStream out(&text);
    out << tr("Token log report: %1 tokens, %2 accepted, %3 rejected.")
               .arg(summary.tokens)
               .arg(summary.accepted)
               .arg(summary.rejected)
        << '\n';
    if (summary.canceled)
        out << tr("Canceled: only the first %1 bytes of the log were read.").arg(summary.bytesRead)
            << '\n';

    out << '\n' << tr("Rejected tokens by reason:") << '\n';
    if (summary.reasons.isEmpty())
        out << "  " << tr("none") << '\n';
    for (const TokenLogSummary::ReasonCount& reason : summary.reasons)
        out << "  " << countLine(jwtReasonName(reason.reason), reason.tokens) << '\n';

    out << '\n' << tr("Hints (a token may have several):") << '\n';
    if (summary.hints.isEmpty())
        out << "  " << tr("none") << '\n';
    for (const TokenLogSummary::HintCount& hint : summary.hints)
        out << "  " << countLine(jwtHintName(hint.code), hint.tokens) << '\n';

    out << '\n' << tr("Tokens by kid:") << '\n';
    for (const TokenLogSummary::KidCount& kid : summary.kids) {
        QString counts = kid.error == 0 ? tr("tokens %1, accepted %2, rejected %3")
                                              .arg(kid.tokens)
                                              .arg(kid.accepted)
                                              .arg(kid.rejected)
                                        : tr("tokens at most %1, all rejected").arg(kid.tokens);
        if (kid.configured)
            counts += QStringLiteral(", ") + tr("valid signature %1").arg(kid.signatureValid);
        // One pattern for the line, so that a translation spaces its colon and semicolon.
        out << "  "
            << tr("%1 (%2): %3; %4")
                   .arg(escapedForDisplay(kid.kid),
                        kid.configured ? tr("configured") : tr("not configured"), counts,
                        tr("latest exp: %1")
                            .arg(kid.latestExp ? unixTimeText(*kid.latestExp) : tr("none")))
            << '\n';
    }
    out << "  "
        << tr("Tokens naming a key that is not configured: %1").arg(summary.unknownKidTokens)
        << '\n';
    out << "  " << tr("Tokens without a readable kid: %1").arg(summary.tokensWithoutKid) << '\n';
    if (summary.unknownKidsApproximate)
        out << "  "
            << tr("Approximate: more distinct unknown kids than the %1 kept; their counts are "
                  "upper bounds.")
                   .arg(TokenLogReport::unknownKidCapacity)
            << '\n';

    const TokenLogSummary::Lifetimes& lifetimes = summary.lifetimes;
    out << '\n'
        << tr("Token lifetimes (exp - iat), over %1 tokens:").arg(lifetimes.measured) << '\n';
    out << "  "
        << tr("minimum %1, median %2%3, maximum %4")
               .arg(secondsText(lifetimes.minimum), secondsText(lifetimes.median),
                    lifetimes.medianApproximate ? tr(" (approximate, within 0.4 %)") : QString(),
                    secondsText(lifetimes.maximum))
        << '\n';
    for (const TokenLogSummary::Lifetimes::Band& band : lifetimes.bands)
        out << "  " << countLine(bandLabel(band), band.tokens) << '\n';
    out << "  " << tr("Without iat (lifetime unknown): %1").arg(lifetimes.withoutIat) << '\n';
    out << "  " << tr("With exp before iat (left out): %1").arg(lifetimes.expBeforeIat) << '\n';

    out << '\n' << tr("extra_values keys:") << '\n';
    if (summary.extraValueKeys.isEmpty())
        out << "  " << tr("none") << '\n';
    for (const TokenLogSummary::ExtraValueKeyCount& key : summary.extraValueKeys)
        out << "  "
            << tr("%1 (%2): %3")
                   .arg(escapedForDisplay(key.key), key.mapped ? tr("mapped") : tr("not mapped"),
                        key.error == 0 ? tr("tokens %1").arg(key.tokens)
                                       : tr("tokens at most %1").arg(key.tokens))
            << '\n';
    if (summary.extraValueKeysApproximate)
        out << "  "
            << tr("Approximate: more distinct unmapped keys than the %1 kept; their counts are "
                  "upper bounds.")
                   .arg(TokenLogReport::extraValueKeyCapacity)
            << '\n';

    out << '\n' << tr("Mapped fields filled, of %1 accepted tokens:").arg(summary.accepted) << '\n';
    if (summary.mappedFields.isEmpty())
        out << "  " << tr("none: the configuration maps nothing") << '\n';
    for (const TokenLogSummary::MappedFieldCount& field : summary.mappedFields)
        out << "  "
            << tr("%1 -> %2: %3")
                   .arg(escapedForDisplay(field.key), escapedForDisplay(field.field))
                   .arg(field.filled)
            << '\n';

    out << '\n' << tr("Conclusions:") << '\n';
    for (const QString& conclusion : summary.conclusions)
        out << "  " << conclusion << '\n';
    if (summary.error)
        out << '\n' << *summary.error << '\n';
    return text;
}

} // namespace engage
