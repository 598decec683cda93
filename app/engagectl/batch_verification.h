#pragma once

#include "jwt/jwt_verifier.h"

#include <QFileDevice>
#include <QString>

#include <optional>

namespace engage {

struct BatchSummary
{
    qint64 tokens = 0;
    qint64 rejected = 0;
    std::optional<QString> error; // reading or writing failed (translated)
};

// verify-jwt --batch: one token per input line, one JSON verdict per output line, in input
// order, verified by `threads` workers (ParallelVerification, which bounds the memory).
class BatchVerification
{
    Q_DECLARE_TR_FUNCTIONS(engage::BatchVerification)

public:
    static BatchSummary run(const JwtVerifier& verifier, QFileDevice& input, QFileDevice& output,
                            qint64 nowUnixSeconds, int threads);
};

} // namespace engage
