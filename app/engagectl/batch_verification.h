#pragma once

#include "jwt/jwt_verifier.h"

#include <QFileDevice>
#include <QString>

namespace engage {

struct BatchSummary
{
    enum class Failure { None, ReadingTokens, WritingVerdicts };

    qint64 tokens = 0;
    qint64 rejected = 0;
    Failure failure = Failure::None;
};

// verify-jwt --batch: one token per input line, one JSON verdict per output line, in input
// order, verified by `threads` workers (ParallelVerification, which bounds the memory).
class BatchVerification
{
    Q_DECLARE_TR_FUNCTIONS(engage::BatchVerification)

public:
    static BatchSummary run(const JwtVerifier& verifier, QFileDevice& input, QFileDevice& output,
                            qint64 nowUnixSeconds, int threads);

    // What failed, in the current language: said after the run, whose verdicts are English, so
    // that standard error keeps the user's language. The system's reason in it is the device's
    // error string, recorded during the run, so in the C library's English.
    static QString failureMessage(BatchSummary::Failure failure, const QFileDevice& input,
                                  const QFileDevice& output);
};

} // namespace engage
