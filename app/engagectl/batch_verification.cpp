#include "batch_verification.h"

#include "jwt/parallel_verification.h"
#include "verdict_output.h"

#include <algorithm>
#include <memory>

namespace engage {

namespace {

// One worker's share: the JSON verdict line of each of its tokens, and its counts.
class VerdictLineSink : public TokenVerdictSink
{
public:
    void take(QByteArrayView, const JwtVerdict& verdict, QByteArray& output) override
    {
        appendVerdictJson(output, verdict);
        output.append('\n');
        ++tokens;
        if (!verdict.accepted)
            ++rejected;
    }

    qint64 tokens = 0;
    qint64 rejected = 0;
};

} // namespace

BatchSummary BatchVerification::run(const JwtVerifier& verifier, QFileDevice& input,
                                    QFileDevice& output, qint64 nowUnixSeconds, int threads)
{
    std::vector<std::unique_ptr<VerdictLineSink>> workerSinks;
    std::vector<TokenVerdictSink*> sinks;
    for (int index = 0; index < std::max(threads, 1); ++index) {
        workerSinks.push_back(std::make_unique<VerdictLineSink>());
        sinks.push_back(workerSinks.back().get());
    }
    BatchSummary summary;
    ParallelVerificationOptions options;
    options.nowUnixSeconds = nowUnixSeconds;
    options.writeOutput = [&summary, &output](const QByteArray& verdicts) {
        if (output.write(verdicts) == verdicts.size())
            return true;
        summary.failure = BatchSummary::Failure::WritingVerdicts;
        return false;
    };
    const ParallelVerificationOutcome outcome =
        ParallelVerification::run(verifier, input, sinks, options);
    for (const auto& sink : workerSinks) {
        summary.tokens += sink->tokens;
        summary.rejected += sink->rejected;
    }
    // The last verdicts may still sit in the C library's buffer of standard output.
    if (summary.failure == BatchSummary::Failure::None && !output.flush())
        summary.failure = BatchSummary::Failure::WritingVerdicts;
    if (outcome.readFailed && summary.failure == BatchSummary::Failure::None)
        summary.failure = BatchSummary::Failure::ReadingTokens;
    return summary;
}

QString BatchVerification::failureMessage(BatchSummary::Failure failure, const QFileDevice& input,
                                          const QFileDevice& output)
{
    switch (failure) {
    case BatchSummary::Failure::ReadingTokens:
        return tr("The tokens could not be read: %1.").arg(input.errorString());
    case BatchSummary::Failure::WritingVerdicts:
        return tr("The verdicts could not be written: %1.").arg(output.errorString());
    case BatchSummary::Failure::None:
        break;
    }
    return {};
}

} // namespace engage
