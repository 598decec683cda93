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
// order. The input is cut into chunks of whole lines that `threads` workers verify, each with
// its own JwtVerifier::Session, while this thread reads ahead and writes finished chunks in
// order. At most a few chunks are in flight, so memory does not grow with the input; a line
// longer than a token may be is kept only up to the size that proves it too long.
class BatchVerification
{
    Q_DECLARE_TR_FUNCTIONS(engage::BatchVerification)

public:
    static BatchSummary run(const JwtVerifier& verifier, QFileDevice& input, QFileDevice& output,
                            qint64 nowUnixSeconds, int threads);
};

} // namespace engage
