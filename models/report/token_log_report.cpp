#include "token_log_report.h"

#include "config/visitor_uuid_key.h"
#include "json/json_parser.h"
#include "json/json_tape.h"
#include "jwt/jwt_verifier.h"
#include "jwt/parallel_verification.h"
#include "report/lifetime_histogram.h"
#include "report/top_k_counter.h"
#include "text/untrusted_text.h"

#include <QHash>
#include <QLocale>
#include <QtNumeric>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace engage {

namespace {

constexpr std::size_t reasonCount = static_cast<std::size_t>(JwtReason::SignedIdentityRequired) + 1;
constexpr std::size_t hintCount =
    static_cast<std::size_t>(JwtHintCode::MappedValueRegexMismatch) + 1;
// Kids and keys are shown cut to this length: a hostile log may hold kids of 60 KiB.
constexpr qsizetype shownTextLength = 80;

// The bands of the lifetime chart, in seconds.
constexpr std::array<qint64, 5> lifetimeBandStarts = {0, 3600, 7200, 4 * 3600, 24 * 3600};

// Whether the signature verified: the verdict got past step 8 of docs/jwt.md.
bool signatureVerified(const JwtVerdict& verdict)
{
    return verdict.accepted || (verdict.reason && *verdict.reason > JwtReason::BadSignature &&
                                *verdict.reason != JwtReason::SignedIdentityRequired);
}

// What the sinks share, read-only: the configuration's keys and mapping, prepared once.
struct ReportLayout
{
    explicit ReportLayout(const CommunityConfig& config)
        : keyCount(static_cast<std::size_t>(config.jwtKeys.size()))
    {
        for (qsizetype index = 0; index < config.jwtKeys.size(); ++index) {
            if (!keyIndex.contains(config.jwtKeys[index].id))
                keyIndex.insert(config.jwtKeys[index].id, index);
        }
        for (const MappingRow& row : config.extraValuesMapping) {
            // The row for "uuid" maps the top-level uuid, not an extra value of that name; a
            // key that two rows name (an error of the file) is listed once.
            const std::string key = row.key.toStdString();
            if (!isVisitorUuidKey(row.key) && !mappedKeyIndex(key))
                mappedKeys.push_back(key);
            mappedFields.append(row.field);
        }
    }

    std::optional<std::size_t> mappedKeyIndex(std::string_view key) const
    {
        for (std::size_t index = 0; index < mappedKeys.size(); ++index) {
            if (mappedKeys[index] == key)
                return index;
        }
        return std::nullopt;
    }

    std::size_t keyCount = 0;
    QHash<QString, qsizetype> keyIndex;  // the first key of each ID
    std::vector<std::string> mappedKeys; // UTF-8, as the payload's tape holds them
    QStringList mappedFields;            // by mapping row
};

struct KeyCounts
{
    qint64 tokens = 0;
    qint64 accepted = 0;
    qint64 signatureValid = 0;
    std::optional<qint64> latestExp;
};

// One worker's counts, merged into the summary when every token is verified.
class ReportSink : public TokenVerdictSink
{
public:
    explicit ReportSink(const ReportLayout& layout)
        : keys(layout.keyCount), mappedKeyTokens(layout.mappedKeys.size(), 0),
          mappedFieldFilled(static_cast<std::size_t>(layout.mappedFields.size()), 0),
          m_layout(layout)
    {
    }

    void take(QByteArrayView, const JwtVerdict& verdict, QByteArray&) override
    {
        ++tokens;
        if (verdict.accepted)
            ++accepted;
        else
            ++reasons[static_cast<std::size_t>(*verdict.reason)];
        std::array<bool, hintCount> given{};
        for (const JwtHint& hint : verdict.hints)
            given[static_cast<std::size_t>(hint.code)] = true;
        for (std::size_t code = 0; code < hintCount; ++code)
            hints[code] += given[code] ? 1 : 0;

        std::optional<qint64> exp;
        std::optional<qint64> iat;
        if (!verdict.payload.isEmpty() && !m_parser.parse(verdict.payload, m_payload)) {
            if (const auto member = m_payload.member(0, "exp"))
                exp = m_payload.toInteger(*member);
            if (const auto member = m_payload.member(0, "iat"))
                iat = m_payload.toInteger(*member);
            if (const auto extraValues = m_payload.member(0, "extra_values"))
                countExtraValueKeys(*extraValues);
        }
        countKid(verdict, exp);
        countLifetime(exp, iat);
        if (verdict.accepted)
            countMappedFields(verdict.mappedFields);
    }

    qint64 tokens = 0;
    qint64 accepted = 0;
    std::array<qint64, reasonCount> reasons{};
    std::array<qint64, hintCount> hints{};
    std::vector<KeyCounts> keys; // by configured key index
    qint64 tokensWithoutKid = 0;
    qint64 unknownKidTokens = 0;
    TopKCounter unknownKids{TokenLogReport::unknownKidCapacity};
    std::vector<qint64> mappedKeyTokens; // by mapped key
    TopKCounter unmappedKeys{TokenLogReport::extraValueKeyCapacity};
    std::vector<qint64> mappedFieldFilled; // by mapping row
    LifetimeHistogram lifetimes;
    std::array<qint64, lifetimeBandStarts.size()> lifetimeBands{};
    qint64 withoutIat = 0;
    qint64 expBeforeIat = 0;

private:
    void countKid(const JwtVerdict& verdict, std::optional<qint64> exp)
    {
        if (!verdict.kid) {
            ++tokensWithoutKid;
            return;
        }
        const auto found = m_layout.keyIndex.constFind(*verdict.kid);
        if (found == m_layout.keyIndex.constEnd()) {
            ++unknownKidTokens;
            unknownKids.add(*verdict.kid, exp);
            return;
        }
        KeyCounts& key = keys[static_cast<std::size_t>(*found)];
        ++key.tokens;
        if (verdict.accepted)
            ++key.accepted;
        if (signatureVerified(verdict))
            ++key.signatureValid;
        if (exp && (!key.latestExp || *exp > *key.latestExp))
            key.latestExp = exp;
    }

    void countExtraValueKeys(JsonTape::Index extraValues)
    {
        m_payload.forEachMember(extraValues, [this](std::string_view name, JsonTape::Index) {
            if (const auto mapped = m_layout.mappedKeyIndex(name))
                ++mappedKeyTokens[*mapped];
            else
                unmappedKeys.add(
                    QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
        });
    }

    void countLifetime(std::optional<qint64> exp, std::optional<qint64> iat)
    {
        if (!exp)
            return;
        qint64 seconds = 0;
        if (!iat)
            ++withoutIat;
        else if (*exp < *iat)
            ++expBeforeIat;
        else if (qSubOverflow(*exp, *iat, &seconds)) // exp and iat may be any integers
            addLifetime(std::numeric_limits<qint64>::max());
        else
            addLifetime(seconds);
    }

    void addLifetime(qint64 seconds)
    {
        lifetimes.add(seconds);
        std::size_t band = lifetimeBandStarts.size() - 1;
        while (seconds < lifetimeBandStarts[band])
            --band;
        ++lifetimeBands[band];
    }

    void countMappedFields(const MappedFields& filled)
    {
        for (qsizetype row = 0; row < m_layout.mappedFields.size(); ++row) {
            for (const MappedField& field : filled) {
                if (field.field == m_layout.mappedFields[row]) {
                    ++mappedFieldFilled[static_cast<std::size_t>(row)];
                    break;
                }
            }
        }
    }

    const ReportLayout& m_layout;
    JsonTapeParser m_parser;
    JsonTape m_payload;
};

// Adds `from` into `into` (the first sink collects them all).
void mergeSink(ReportSink& into, const ReportSink& from)
{
    into.tokens += from.tokens;
    into.accepted += from.accepted;
    for (std::size_t index = 0; index < reasonCount; ++index)
        into.reasons[index] += from.reasons[index];
    for (std::size_t index = 0; index < hintCount; ++index)
        into.hints[index] += from.hints[index];
    for (std::size_t index = 0; index < into.keys.size(); ++index) {
        KeyCounts& key = into.keys[index];
        const KeyCounts& other = from.keys[index];
        key.tokens += other.tokens;
        key.accepted += other.accepted;
        key.signatureValid += other.signatureValid;
        if (other.latestExp && (!key.latestExp || *other.latestExp > *key.latestExp))
            key.latestExp = other.latestExp;
    }
    into.tokensWithoutKid += from.tokensWithoutKid;
    into.unknownKidTokens += from.unknownKidTokens;
    into.unknownKids.merge(from.unknownKids);
    for (std::size_t index = 0; index < into.mappedKeyTokens.size(); ++index)
        into.mappedKeyTokens[index] += from.mappedKeyTokens[index];
    into.unmappedKeys.merge(from.unmappedKeys);
    for (std::size_t index = 0; index < into.mappedFieldFilled.size(); ++index)
        into.mappedFieldFilled[index] += from.mappedFieldFilled[index];
    into.lifetimes.merge(from.lifetimes);
    for (std::size_t band = 0; band < lifetimeBandStarts.size(); ++band)
        into.lifetimeBands[band] += from.lifetimeBands[band];
    into.withoutIat += from.withoutIat;
    into.expBeforeIat += from.expBeforeIat;
}

void fillSummary(TokenLogSummary& summary, const ReportSink& counts, const CommunityConfig& config,
                 const ReportLayout& layout)
{
    summary.configuredMode = config.signedIdentities;
    summary.tokens = counts.tokens;
    summary.accepted = counts.accepted;
    summary.rejected = counts.tokens - counts.accepted;
    for (std::size_t index = 0; index < reasonCount; ++index) {
        if (counts.reasons[index] > 0)
            summary.reasons.append({static_cast<JwtReason>(index), counts.reasons[index]});
    }
    for (std::size_t index = 0; index < hintCount; ++index) {
        if (counts.hints[index] > 0)
            summary.hints.append({static_cast<JwtHintCode>(index), counts.hints[index]});
    }
    for (qsizetype index = 0; index < config.jwtKeys.size(); ++index) {
        const QString& id = config.jwtKeys[index].id;
        if (layout.keyIndex.value(id) != index)
            continue; // a second key of the same ID: its tokens are counted with the first
        const KeyCounts& key = counts.keys[static_cast<std::size_t>(index)];
        summary.kids.append({id, true, key.tokens, key.accepted, key.tokens - key.accepted,
                             key.signatureValid, 0, key.latestExp});
    }
    for (const TopKCounter::Entry& entry : counts.unknownKids.entries())
        summary.kids.append(
            {entry.text, false, entry.count, 0, entry.count, 0, entry.error, entry.latest});
    summary.tokensWithoutKid = counts.tokensWithoutKid;
    summary.unknownKidTokens = counts.unknownKidTokens;
    summary.unknownKidsApproximate = counts.unknownKids.approximate();

    for (std::size_t index = 0; index < layout.mappedKeys.size(); ++index)
        summary.extraValueKeys.append({QString::fromStdString(layout.mappedKeys[index]), true,
                                       counts.mappedKeyTokens[index], 0});
    for (const TopKCounter::Entry& entry : counts.unmappedKeys.entries())
        summary.extraValueKeys.append({entry.text, false, entry.count, entry.error});
    summary.extraValueKeysApproximate = counts.unmappedKeys.approximate();
    for (qsizetype row = 0; row < config.extraValuesMapping.size(); ++row)
        summary.mappedFields.append({config.extraValuesMapping[row].key,
                                     config.extraValuesMapping[row].field,
                                     counts.mappedFieldFilled[static_cast<std::size_t>(row)]});

    TokenLogSummary::Lifetimes& lifetimes = summary.lifetimes;
    lifetimes.measured = counts.lifetimes.count();
    lifetimes.withoutIat = counts.withoutIat;
    lifetimes.expBeforeIat = counts.expBeforeIat;
    lifetimes.minimum = counts.lifetimes.minimum();
    lifetimes.median = counts.lifetimes.median();
    lifetimes.maximum = counts.lifetimes.maximum();
    lifetimes.medianApproximate = counts.lifetimes.medianApproximate();
    for (std::size_t band = 0; band < lifetimeBandStarts.size(); ++band) {
        const std::optional<qint64> to = band + 1 < lifetimeBandStarts.size()
                                             ? std::optional<qint64>(lifetimeBandStarts[band + 1])
                                             : std::nullopt;
        lifetimes.bands.append({lifetimeBandStarts[band], to, counts.lifetimeBands[band]});
    }
}

QString percentOf(qint64 part, qint64 whole)
{
    if (whole <= 0 || part <= 0)
        return QLocale().toString(0);
    if (part >= whole)
        return QLocale().toString(100);
    // One decimal, but never a share rounded to 0 or 100: "100 %" must mean every one.
    const double percent =
        std::clamp(100.0 * static_cast<double>(part) / static_cast<double>(whole), 0.1, 99.9);
    const double rounded = std::round(percent * 10.0) / 10.0;
    return rounded == std::round(rounded) ? QLocale().toString(static_cast<int>(rounded))
                                          : QLocale().toString(rounded, 'f', 1);
}

QString escapedForReport(const QString& text)
{
    return UntrustedText::forDisplay(text, shownTextLength);
}

} // namespace

TokenLogSummary TokenLogReport::run(const CommunityConfig& config, QFileDevice& input,
                                    const TokenLogReportOptions& options)
{
    CommunityConfig asRequired = config;
    asRequired.signedIdentities = SignedIdentities::require;
    const JwtVerifier verifier(asRequired);
    const ReportLayout layout(config);

    std::vector<std::unique_ptr<ReportSink>> workerSinks;
    std::vector<TokenVerdictSink*> sinks;
    for (int index = 0; index < std::max(options.threads, 1); ++index) {
        workerSinks.push_back(std::make_unique<ReportSink>(layout));
        sinks.push_back(workerSinks.back().get());
    }
    const std::optional<qint64> totalBytes =
        input.isSequential() ? std::nullopt : std::optional<qint64>(input.size());
    ParallelVerificationOptions verification;
    verification.nowUnixSeconds = options.nowUnixSeconds;
    verification.skipBlankLines = true;
    verification.cancel = options.cancel;
    if (options.progress) {
        verification.progress = [&options, totalBytes](qint64 bytesRead) {
            options.progress(bytesRead, totalBytes);
        };
    }
    const ParallelVerificationOutcome outcome =
        ParallelVerification::run(verifier, input, sinks, verification);

    ReportSink& all = *workerSinks.front();
    for (std::size_t index = 1; index < workerSinks.size(); ++index)
        mergeSink(all, *workerSinks[index]);
    TokenLogSummary summary;
    fillSummary(summary, all, config, layout);
    summary.canceled = outcome.canceled;
    summary.bytesRead = outcome.bytesRead;
    if (outcome.readFailed)
        summary.error = readErrorOf(input);
    summary.conclusions = conclusionsOf(summary);
    return summary;
}

QString TokenLogReport::readErrorOf(const QFileDevice& input)
{
    return tr("The tokens could not be read to the end: %1.").arg(input.errorString());
}

QStringList TokenLogReport::conclusionsOf(const TokenLogSummary& summary)
{
    QStringList conclusions;
    if (summary.tokens == 0) {
        conclusions << tr("The log holds no token: nothing can be concluded from it.");
        return conclusions;
    }
    conclusions << tr("Require would accept %1 % of these identities (%2 of %3 tokens).")
                       .arg(percentOf(summary.accepted, summary.tokens))
                       .arg(summary.accepted)
                       .arg(summary.tokens);
    if (summary.configuredMode == SignedIdentities::reject)
        conclusions << tr("The configuration is in reject mode: Engage ignores every one of "
                          "these tokens until signed identities are set to require.");
    else if (summary.configuredMode == SignedIdentities::accept)
        conclusions << tr("The configuration is in accept mode: these tokens get the same "
                          "verdicts, and visitors without a token are taken as well.");
    for (const TokenLogSummary::KidCount& kid : summary.kids) {
        if (!kid.configured)
            continue;
        // Unseen under its own ID but named in other capitals ("Prod"): the website means this
        // key, and removing it would refuse every token once the kid is corrected.
        const auto miswritten =
            std::find_if(summary.kids.cbegin(), summary.kids.cend(), [&kid](const auto& other) {
                return !other.configured &&
                       other.kid.trimmed().compare(kid.kid, Qt::CaseInsensitive) == 0;
            });
        if (kid.tokens == 0 && miswritten != summary.kids.cend())
            conclusions << tr("Key `%1` is not named exactly by these tokens, but `%2` differs "
                              "from it only in capitals or white space: the website means this "
                              "key. Keep it, and correct the kid the website sends.")
                               .arg(escapedForReport(kid.kid), escapedForReport(miswritten->kid));
        else if (kid.tokens == 0)
            conclusions << tr("Key `%1` was not seen in these %2 tokens: it can be removed once "
                              "you are sure the website no longer uses it; a report over a log "
                              "of several days that still does not see it shows that.")
                               .arg(escapedForReport(kid.kid))
                               .arg(summary.tokens);
        else if (kid.signatureValid == 0)
            conclusions << tr("Key `%1` is named by %2 % of these tokens, but no signature "
                              "verifies with it: the website signs with another secret or key "
                              "(see the hints).")
                               .arg(escapedForReport(kid.kid),
                                    percentOf(kid.tokens, summary.tokens));
        else
            conclusions << tr("Key `%1` still signs %2 % of these tokens: keep it.")
                               .arg(escapedForReport(kid.kid),
                                    percentOf(kid.signatureValid, summary.tokens));
    }
    if (summary.unknownKidTokens > 0) {
        // Listed most counted first; past the counter's capacity a count is an upper bound, and
        // the first is named only when it surely outnumbers the second.
        std::vector<const TokenLogSummary::KidCount*> unknown;
        for (const TokenLogSummary::KidCount& kid : summary.kids) {
            if (!kid.configured)
                unknown.push_back(&kid);
        }
        const bool oneStandsOut =
            !unknown.empty() &&
            (unknown.size() == 1 || unknown[0]->tokens - unknown[0]->error > unknown[1]->tokens);
        const QString share = percentOf(summary.unknownKidTokens, summary.tokens);
        conclusions << (oneStandsOut
                            ? tr("%1 % of these tokens name a key this configuration does not "
                                 "have (most often `%2`): add that key, or correct the kid the "
                                 "website sends.")
                                  .arg(share, escapedForReport(unknown[0]->kid))
                            : tr("%1 % of these tokens name a key this configuration does not "
                                 "have, and no one kid stands out among them: add the key the "
                                 "website means, or correct the kid it sends.")
                                  .arg(share));
    }
    const auto mostFrequentHint = std::max_element(
        summary.hints.cbegin(), summary.hints.cend(),
        [](const TokenLogSummary::HintCount& left, const TokenLogSummary::HintCount& right) {
            return left.tokens < right.tokens;
        });
    if (mostFrequentHint != summary.hints.cend())
        conclusions << tr("The most frequent probable cause is %1 (%2 % of these tokens): verify "
                          "one of them (engagectl verify-jwt, or the JWT workbench) to read what "
                          "to change.")
                           .arg(jwtHintName(mostFrequentHint->code),
                                percentOf(mostFrequentHint->tokens, summary.tokens));
    if (summary.lifetimes.median && *summary.lifetimes.median < JwtVerifier::minimumLifetimeSeconds)
        conclusions << tr("Half of the tokens whose lifetime is known live %1 s or less: Engage "
                          "needs an exp at least 3600 s ahead (7200 s recommended), and the "
                          "website must sign a new token before the old one lapses.")
                           .arg(*summary.lifetimes.median);
    if (summary.unknownKidsApproximate || summary.extraValueKeysApproximate)
        conclusions << tr("The log names more distinct unknown kids or extra_values keys than "
                          "the report keeps (%1): their counts are upper bounds, and the rarest "
                          "are not listed.")
                           .arg(unknownKidCapacity);
    if (summary.canceled)
        conclusions << tr("The report was canceled: these figures cover only the part of the "
                          "log read before.");
    return conclusions;
}

} // namespace engage
