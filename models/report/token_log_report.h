#pragma once

#include "config/community_config.h"
#include "jwt/jwt_verdict.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace engage {

// What a log of captured tokens says about a configuration (docs/engagectl.md `report`). Every
// count is exact unless a member says it is approximate.
struct TokenLogSummary
{
    struct ReasonCount
    {
        JwtReason reason;
        qint64 tokens = 0;
    };
    struct HintCount
    {
        JwtHintCode code;
        qint64 tokens = 0; // tokens whose verdict gave this hint
    };
    // The tokens that name one kid in their header.
    struct KidCount
    {
        QString kid; // as read: untrusted unless `configured`
        bool configured = false;
        qint64 tokens = 0; // for an unknown kid, an upper bound (see `error`)
        qint64 accepted = 0;
        qint64 rejected = 0;
        qint64 signatureValid = 0;       // tokens whose signature verified with this key
        qint64 error = 0;                // unknown kids: how much `tokens` may overcount
        std::optional<qint64> latestExp; // the largest integer exp among them
    };
    // One extra_values key met in token payloads.
    struct ExtraValueKeyCount
    {
        QString key;         // as read from the tokens: untrusted
        bool mapped = false; // a mapping row names it
        qint64 tokens = 0; // tokens whose extra_values have it; for an unmapped key, an upper bound
        qint64 error = 0;  // how much `tokens` may overcount
    };
    // One row of the extra values mapping.
    struct MappedFieldCount
    {
        QString key;
        QString field;
        qint64 filled = 0; // accepted tokens that filled the row's field
    };
    // Token lifetimes: exp - iat, for the tokens whose payload decoded with an integer exp and
    // an integer iat not after it, whatever their verdict. Without iat a token's lifetime is
    // unknown (only the website knows when it signed it): such tokens are counted apart.
    struct Lifetimes
    {
        qint64 measured = 0;
        qint64 withoutIat = 0;   // integer exp but no integer iat
        qint64 expBeforeIat = 0; // an exp earlier than the iat: left out of the figures
        std::optional<qint64> minimum;
        std::optional<qint64> median; // lower median; see LifetimeHistogram
        std::optional<qint64> maximum;
        bool medianApproximate = false; // above 65,536 s, the median's bucket bound
        struct Band
        {
            qint64 fromSeconds = 0;
            std::optional<qint64> toSeconds; // excluded; absent: no upper bound
            qint64 tokens = 0;
        };
        QList<Band> bands; // for charts: under 1 h, 1-2 h, 2-4 h, 4-24 h, 24 h or more
    };

    // What the configuration says, for the verdict lines.
    QString configuredMode; // signed_identities as configured
    qint64 tokens = 0;      // lines that were not blank
    qint64 accepted = 0;
    qint64 rejected = 0;
    QList<ReasonCount> reasons; // docs/jwt.md order, reasons met only
    QList<HintCount> hints;     // docs/jwt.md order, hints met only
    // Configured keys in configuration order (also those never seen), then unknown kids, most
    // frequent first, at most unknownKidCapacity of them.
    QList<KidCount> kids;
    qint64 tokensWithoutKid = 0; // no readable header, or no string kid in it
    qint64 unknownKidTokens = 0; // exact: tokens naming a kid no key has
    bool unknownKidsApproximate = false;
    // Mapped keys first in mapping order (also those never seen), then unmapped keys, most
    // frequent first, at most extraValueKeyCapacity of them.
    QList<ExtraValueKeyCount> extraValueKeys;
    bool extraValueKeysApproximate = false;
    QList<MappedFieldCount> mappedFields; // mapping order
    Lifetimes lifetimes;
    // The plain verdicts (docs/engagectl.md), translated, each a sentence an administrator can act
    // on; text read from the log in them is escaped with UntrustedText.
    QStringList conclusions;

    bool canceled = false;        // the counts cover only the part read before Cancel
    std::optional<QString> error; // translated: the input could not be read to its end
    qint64 bytesRead = 0;
};

struct TokenLogReportOptions
{
    qint64 nowUnixSeconds = 0;
    int threads = 1; // worker threads (the caller passes one per core)
    // Called on the thread that runs the report after each chunk read (about a MiB), with the
    // bytes read so far and the input's size when it is known (a regular file). May be empty.
    std::function<void(qint64 bytesRead, std::optional<qint64> totalBytes)> progress;
    // Set from any thread to stop: the summary then covers what was read and says canceled.
    const std::atomic<bool>* cancel = nullptr;
};

// Reads a token log (one token per line; blank lines and a '\r' before a line break ignored)
// and verifies every token on `threads` cores, in bounded memory, into a TokenLogSummary.
//
// The tokens are verified as in require mode whatever the configuration's mode: in reject mode
// Engage would drop every one of them unread, which says nothing about the keys, and for a
// token accept and require give the same verdict. The summary's first conclusion says which
// mode is configured.
class TokenLogReport
{
    Q_DECLARE_TR_FUNCTIONS(engage::TokenLogReport)

public:
    // Unknown kids and unmapped extra_values keys kept (Space-Saving, see TopKCounter).
    static constexpr int unknownKidCapacity = 64;
    static constexpr int extraValueKeyCapacity = 64;

    static TokenLogSummary run(const CommunityConfig& config, QFileDevice& input,
                               const TokenLogReportOptions& options);

    // The conclusions of a summary whose counts are filled (run() calls it).
    static QStringList conclusionsOf(const TokenLogSummary& summary);

    // TokenLogSummary::error for `input`, in the current language: run() fills it in the
    // language of the report, and engagectl says it again in the user's on standard error. The
    // system's reason in it is the device's error string, as it was recorded during the run.
    static QString readErrorOf(const QFileDevice& input);
};

} // namespace engage
